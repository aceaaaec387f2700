import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { customerInsightsConnector } from '../../../connector/index.js';
import { main } from '../../cli/main.js';
import { buildPackage, writePackage } from '../build.js';
import { ROOT } from './testing/fixtures.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    expect(process.cwd()).toBe(ROOT);
    return { code: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'insights-logic-apps-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('build writes logic-apps/ with the Power Platform files', () => {
  it('writes the three files into the subfolder, and --check names a stale one', async () => {
    const out = path.join(temp, 'out');
    const settingsFolder = path.relative(ROOT, out).split(path.sep).join('/');
    // The committed types.ts is reused (same swagger), so this build skips the slow type generation.
    const previousTypes = await readFile(path.join(ROOT, 'generated', 'types.ts'), 'utf8');
    const { files } = await buildPackage(customerInsightsConnector(), { settingsFolder, previousTypes });
    await writePackage(out, files);
    expect((await readdir(path.join(out, 'logic-apps'))).sort()).toEqual(['README.md', 'customApi.json', 'main.bicep']);
    // No staging folder is left beside the output.
    expect((await readdir(temp)).filter((f) => f.includes('staging'))).toEqual([]);

    const bicep = path.join(out, 'logic-apps', 'main.bicep');
    await writeFile(bicep, `${await readFile(bicep, 'utf8')}// edited by hand\n`);
    const stale = await cli(['build', '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('logic-apps/main.bicep');
    expect(stale.stderr).not.toContain('customApi.json');
  });
});
