/**
 * `insights-connector probe` as a maker runs it: one real process against the mock backend, plus
 * the exit codes for a broken connector (1) and for bad usage (2) through the dispatcher.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { startServer, type RunningServer } from '../serve/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: RunningServer;
let folder: string;
let small: string;

beforeAll(async () => {
  server = await startServer({ log: false });
  // Two small connector folders (two operations each): one whose picker reads a field the lookup
  // does not answer, and the same one intact.
  const swagger = JSON.parse(readFileSync(path.join(root, 'generated/apiDefinition.swagger.json'), 'utf8'));
  swagger.paths = { '/datasets': swagger.paths['/datasets'], '/datasets/{dataset}/tables': swagger.paths['/datasets/{dataset}/tables'] };
  const apiProperties = readFileSync(path.join(root, 'generated/apiProperties.json'));
  small = mkdtempSync(path.join(tmpdir(), 'probe-cli-'));
  writeFileSync(path.join(small, 'apiDefinition.swagger.json'), JSON.stringify(swagger));
  writeFileSync(path.join(small, 'apiProperties.json'), apiProperties);
  swagger.paths['/datasets/{dataset}/tables'].get.parameters[0]['x-ms-dynamic-list'].itemValuePath = 'Id';
  folder = mkdtempSync(path.join(tmpdir(), 'probe-cli-'));
  writeFileSync(path.join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger));
  writeFileSync(path.join(folder, 'apiProperties.json'), apiProperties);
});
afterAll(async () => {
  await server?.close();
  for (const dir of [folder, small]) if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

describe('insights-connector probe', () => {
  it('as a process: reports every operation of this package\'s connector as working, exit 0', async () => {
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, ['bin/insights-connector.mjs', 'probe', '--backend', server.url, '--format', 'json'], { cwd: root, timeout: 60_000 }, (error, out) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.failed).toBe(0);
    expect(report.entries.filter((e: { kind: string }) => e.kind === 'operation')).toHaveLength(24);
  });

  it('exits 1 and names the pointer when something does not resolve', async () => {
    const io = capture();
    expect(await main(['probe', folder, '--backend', server.url, '--token', 'cli-test'])).toBe(1);
    expect(io.out()).toContain('FAIL    GetEntities › dataset (picker)');
    expect(io.out()).toContain('at /paths/~1datasets~1{dataset}~1tables/get/parameters/0/x-ms-dynamic-list/itemValuePath');
    expect(io.out()).not.toContain('cli-test');
  });

  it('shows a progress line on a terminal only', async () => {
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    try {
      for (const terminal of [false, true]) {
        Object.defineProperty(process.stderr, 'isTTY', { value: terminal, configurable: true });
        const io = capture();
        expect(await main(['probe', small, '--backend', server.url])).toBe(0);
        vi.restoreAllMocks();
        expect(io.err().includes('\r[')).toBe(terminal);
        if (terminal) expect(io.err()).toMatch(/\r\[\d+\/2\] \w+/);
      }
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
  });

  it('exits 2 on usage errors', async () => {
    const io = capture();
    expect(await main(['probe'])).toBe(2);
    expect(await main(['probe', '--backend', 'ftp://example.com'])).toBe(2);
    expect(await main(['probe', '--backend', server.url, '--token-env', 'PROBE_TEST_UNSET_VARIABLE'])).toBe(2);
    expect(await main(['probe', path.join(folder, 'missing'), '--backend', server.url])).toBe(2);
    expect(io.err()).toContain('--backend URL is required');
    expect(io.err()).toContain('PROBE_TEST_UNSET_VARIABLE');
  });
});
