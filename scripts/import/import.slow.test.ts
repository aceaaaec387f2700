/**
 * The imported fixtures as a user gets them, in processes: `import` then `build --definition`
 * through the command line gives back the connector's own files, and every imported project
 * compiles under `tsc --strict`, with no `any`, `as unknown as` or `@ts-ignore` in what was written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readConnector } from './read.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/insights-connector.mjs');
const KIT = path.join(ROOT, 'connector/kit/index.js');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const ROUND_TRIPS = ['webhook', 'dynamic', 'policies', 'connection-sets', 'yaml', 'lenient'];
const temp = await mkdtemp(path.join(tmpdir(), 'kit-import-slow-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

describe('import, then build, as processes', () => {
  it('reproduces each fixture through the command line, and every project compiles strictly', async () => {
    for (const fixture of ROUND_TRIPS) {
      await run(process.execPath, [BIN, 'import', path.join(FIXTURES, fixture), '--out', fixture, '--kit', KIT], { cwd: temp });
      await run(process.execPath, [BIN, 'build', '--definition', `${fixture}/index.ts`, '--out', `${fixture}-out`], { cwd: temp }).catch((error: { stdout: string; stderr: string }) => {
        // The validator may refuse a connector the platform takes; the build then writes nothing.
        throw new Error(`${fixture}: ${error.stderr}`);
      });
      const source = readConnector(path.join(FIXTURES, fixture));
      const swagger = JSON.parse(await readFile(path.join(temp, `${fixture}-out/apiDefinition.swagger.json`), 'utf8'));
      const apiProperties = JSON.parse(await readFile(path.join(temp, `${fixture}-out/apiProperties.json`), 'utf8'));
      expect(sorted(swagger), fixture).toEqual(sorted(source.swagger.value));
      expect(sorted(apiProperties), fixture).toEqual(sorted(source.apiProperties!.value));
    }
    const written = (await Promise.all(ROUND_TRIPS.map((f) => filesUnder(path.join(temp, f))))).flat().filter((f) => f.endsWith('.ts'));
    for (const file of written) expect(await readFile(file, 'utf8'), file).not.toMatch(/\bany\b|as unknown as|@ts-ignore|@ts-expect-error/);
    await writeFile(
      path.join(temp, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] },
        files: ROUND_TRIPS.map((f) => `${f}/index.ts`),
      }),
    );
    await expect(run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', temp], { cwd: temp })).resolves.toMatchObject({ stdout: '' });
  }, 180_000);
});
