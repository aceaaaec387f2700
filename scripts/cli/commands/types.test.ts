/**
 * `insights-connector types`, run in this process against the mock backend served on 127.0.0.1,
 * as the README runs it against `npm start`. The committed example is what it writes for the
 * sample data, so a change to the sample data or to the emitter shows up here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../serve/server.js';
import { main } from '../main.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples/sample-data-types.ts');
const SAMPLE_DATASET = '00000000-0000-4000-8000-000000000001';
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  server = await startServer({ port: 0 });
  dir = mkdtempSync(path.join(tmpdir(), 'types-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  try {
    return { code: await main(['types', ...argv]), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('insights-connector types', () => {
  it('writes examples/sample-data-types.ts exactly, for the sample data', async () => {
    expect([...server.backend.store.instances.keys()]).toContain(SAMPLE_DATASET);
    const out = path.join(dir, 'nested', 'types.ts');
    const result = await run('--backend', server.url, '--dataset', SAMPLE_DATASET, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/wrote .*types\.ts \(\d+ entities\)/);
    // When this fails after a change to the sample data: regenerate the example (README, "Typed rows").
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('prints to stdout without --out, with one interface per entity the picker lists and the Tables map', async () => {
    const { code, stdout } = await run('--backend', server.url, '--dataset', SAMPLE_DATASET);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^export interface Customer \{$/m);
    expect(stdout).toMatch(/^export interface UnifiedActivity \{$/m);
    expect(stdout).toMatch(/^export interface Tables \{\n(  \w+: \w+;\n)+\}\n$/m);
    expect(stdout).toContain('  Customer: Customer;');
  });

  it('exits 1 naming the operation when the backend refuses, and writes nothing', async () => {
    const out = path.join(dir, 'never.ts');
    const { code, stderr } = await run('--backend', server.url, '--dataset', 'no-such-dataset', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/ListEntities: HTTP 404/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 when --out cannot be written, after reading the backend', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const { code, stderr } = await run('--backend', server.url, '--dataset', SAMPLE_DATASET, '--out', path.join(blocker, 'types.ts'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*a-file\/types\.ts/);
  });

  it('exits 1 when the backend cannot be reached', async () => {
    const closed = await startServer({ port: 0 });
    await closed.close();
    const { code, stderr } = await run('--backend', closed.url, '--dataset', SAMPLE_DATASET);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+/);
  });

  it.each([
    [['--dataset', SAMPLE_DATASET], /--backend URL is required/],
    [['--backend', 'http://127.0.0.1:1'], /--dataset ID is required/],
    [['--backend', 'ftp://h', '--dataset', 'd'], /--backend must be an http or https URL/],
    [['--backend', 'https://user:secret@h.example', '--dataset', 'd'], /must not carry credentials/],
    [['--backend', 'https://h.example', '--dataset', 'd', '--token-env', 'NO_SUCH_TOKEN_VARIABLE'], /set NO_SUCH_TOKEN_VARIABLE/],
    [['--backend', 'http://127.0.0.1:1', '--dataset', 'd', '--out', '.'], /--out must name a file, and \. is a folder/],
  ])('exits 2 for %j', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('secret');
  });
});
