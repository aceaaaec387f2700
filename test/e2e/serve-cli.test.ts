/**
 * The real command: `node bin/insights-connector.mjs serve` as a child process, the way `npm start`
 * runs it. Reads the printed URL, calls it over HTTP, stops it with a signal and checks the exit.
 * The refusals (exit 2 before anything listens) run the command in this process instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/cli/main.js';
import { fingerprint } from '../../scripts/serve/connection.js';
import { call, LOYALTY } from './serve-helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const STARTUP_TIMEOUT_MS = 30_000;

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];
afterAll(() => {
  // Whatever a failed test left running is stopped here.
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function run(args: string[]): Running {
  const child = spawn(process.execPath, ['bin/insights-connector.mjs', 'serve', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Resolves when `pattern` appears on stdout; fails on exit or after the timeout. */
async function waitFor(running: Running, pattern: RegExp, timeoutMs = STARTUP_TIMEOUT_MS): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(running.stdout());
    if (match) return match;
    if (running.child.exitCode !== null) throw new Error(`serve exited with ${running.child.exitCode} before printing ${pattern}:\n${running.stdout()}\n${running.stderr()}`);
    if (Date.now() > deadline) throw new Error(`serve did not print ${pattern} within ${timeoutMs} ms:\n${running.stdout()}\n${running.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function exitOf(running: Running, timeoutMs = 10_000) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`serve did not exit within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([running.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `insights-connector serve ...args` in this process, its output captured. */
async function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(['serve', ...args]), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
afterEach(() => vi.restoreAllMocks());

// Each test starts Node; on a busy two-core machine that alone can take a second or more.
describe('insights-connector serve (the real CLI)', { timeout: 60_000 }, () => {
  it('--port 0: prints the URL, serves over HTTP, logs without the token, exits 0 on SIGINT', async () => {
    const serve = run(['--port', '0']);
    const [, url] = await waitFor(serve, /listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    expect(serve.stdout()).toMatch(/try: +curl -H "Authorization: Bearer [^"]+" "http:\/\/127\.0\.0\.1:\d+\/datasets\//);
    expect(serve.stdout()).toContain('stop:     press Ctrl+C');

    const instances = await call(url!, '/datasets', { token: 'cli-secret-token' });
    expect(instances.status).toBe(200);
    expect(instances.json.value[0].Name).toBe(LOYALTY);
    await waitFor(serve, new RegExp(`GET /datasets 200 \\d+\\.\\dms connection=${fingerprint('cli-secret-token')}\\n`));
    expect(serve.stdout()).not.toContain('cli-secret-token');

    serve.child.kill('SIGINT');
    const exit = await exitOf(serve);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(serve.stdout()).toContain('SIGINT: stopping the mock backend');
    expect(serve.stderr()).toBe('');
    // The port is free again.
    await expect(call(url!, '/datasets')).rejects.toThrow();
  });

  it('--data serves the example file; SIGTERM also exits 0', async () => {
    const serve = run(['--port', '0', '--data', 'scripts/serve/examples/loyalty.yaml']);
    const [, url] = await waitFor(serve, /listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    expect(serve.stdout()).toContain('data:     scripts/serve/examples/loyalty.yaml');
    const instances = await call(url!, '/datasets');
    expect(instances.json.value).toEqual([{ Name: '11111111-0000-4000-8000-000000000001', DisplayName: 'Northwind Rewards (example)' }]);
    serve.child.kill('SIGTERM');
    expect(await exitOf(serve)).toEqual({ code: 0, signal: null });
  });

  it('a taken port is a clear error with exit code 2, not a stack trace', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const serve = await runInProcess(['--port', String(port)]);
      expect(serve.code).toBe(2);
      expect(serve.stderr).toBe(`insights-connector serve: port ${port} on 127.0.0.1 is already in use; choose another with --port N, or --port 0 for a free one\n`);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('an invalid data file is reported with file, line, column and JSON pointer; exit code 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'serve-cli-'));
    try {
      const file = path.join(dir, 'broken.yaml');
      writeFileSync(file, ['instances:', '  - id: demo', '    entities:', '      - name: Customer', '        key: Id', '        attributes:', '          - { name: CustomerId }', ''].join('\n'));
      const serve = await runInProcess(['--data', file]);
      expect(serve.code).toBe(2);
      expect(serve.stderr).toContain(`${file}:5:9: /instances/0/entities/0/key: key 'Id' is not an attribute of entity 'Customer' (attributes: CustomerId)\n`);
      expect(serve.stderr).toContain('DATA-FORMAT.md');
      expect(serve.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad --port is a usage error (exit 2)', async () => {
    const serve = await runInProcess(['--port', '70000']);
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('--port must be a whole number from 0 to 65535');
    expect(serve.stderr).toContain('usage: insights-connector serve [options]');
  });
});
