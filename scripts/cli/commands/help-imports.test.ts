/**
 * `gateway --help` and `serve --help` render help from data: the command modules load their servers
 * (msw, the mock backend), the SQLite addon and the Azure SDK only inside run(). Checked on the
 * static import graph esbuild resolves (type-only imports are erased, dynamic imports not followed),
 * which is what the compiled command line loads before run().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../../test/static-imports.testing.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const HEAVY = ['msw', 'openapi-msw', 'better-sqlite3', '@azure/data-tables', '@azure/identity', 'ajv', 'js-yaml'];

describe.each(['gateway', 'serve'])('insights-connector %s --help', (name) => {
  it('loads none of the libraries its run() needs', async () => {
    const { packages, files } = await staticImports(path.join(here, `${name}.ts`));
    expect([...packages].filter((p) => HEAVY.includes(p) || p.startsWith('@azure/'))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('mocks/') || /(^|\/)server\.ts$/.test(f))).toEqual([]);
  });
});
