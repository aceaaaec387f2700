/**
 * An installed package has no type generator (its libraries are development dependencies): the
 * build then writes everything but types.ts and says why, instead of refusing to run.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('./types.js', async (original) => ({ ...(await original<typeof import('./types.js')>()), missingTypeGenerator: () => 'openapi-typescript' }));

const { buildPackage, TYPES_FILE, SWAGGER_FILE, README_FILE } = await import('./build.js');
const { customerInsightsConnector } = await import('../../connector/index.js');

describe('build without the type generator', () => {
  it('writes every file but types.ts, with a note naming the missing library', async () => {
    const result = await buildPackage(customerInsightsConnector(), { settingsFolder: 'generated' });
    expect(result.files.has(SWAGGER_FILE)).toBe(true);
    expect(result.files.has(README_FILE)).toBe(true);
    expect(result.files.has(TYPES_FILE)).toBe(false);
    expect(result.notes).toEqual([expect.stringMatching(/^types\.ts not written: the type generator needs 'openapi-typescript'/)]);
  });
});
