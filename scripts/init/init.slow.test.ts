/**
 * `init` as a user runs it, in processes: scaffold, build, validate the output, type-check the
 * scaffold under `tsc --strict`, and run its own test.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/insights-connector.mjs');
const KIT = path.join(ROOT, 'connector/kit/index.js');
const temp = await mkdtemp(path.join(tmpdir(), 'kit-init-slow-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe('init, then build and validate as written', () => {
  it('builds and validates with no findings, compiles strictly and passes its own test', async () => {
    await run(process.execPath, [BIN, 'init', 'weather', '--kit', KIT], { cwd: temp });
    const built = await run(process.execPath, [BIN, 'build', '--definition', 'weather/index.ts', '--out', 'weather/out'], { cwd: temp });
    expect(built.stdout).toMatch(/Built Weather \(custom profile\): 1 operations, 1 definitions, 0 warning\(s\)/);
    const validated = await run(process.execPath, [BIN, 'validate', 'weather/out', '--format', 'json'], { cwd: temp });
    expect(JSON.parse(validated.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    await writeFile(
      path.join(temp, 'weather/tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')], allowImportingTsExtensions: false }, include: ['**/*.ts'], exclude: ['out'] }),
    );
    await expect(run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'weather'], { cwd: temp })).resolves.toMatchObject({ stdout: '' });
    const tested = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['--test', 'index.test.ts'], { cwd: path.join(temp, 'weather') });
    expect(tested.stdout).toMatch(/# pass 1/);
    expect(tested.stdout).toMatch(/# fail 0/);
  }, 120_000);
});
