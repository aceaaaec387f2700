/**
 * Stoplight Prism as the peer of `insights-connector serve` in bench/serve.bench.ts: installed on
 * first use into .tmp/prism/ (git-ignored) at an exact version, reused afterwards, started as its own
 * process mocking the built connector definition, and stopped again.
 *
 * Prism is not a devDependency: it brings some 200 packages that nothing but this benchmark uses,
 * and `npm install` of the project should not pay for them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The version benchmarked against. Its `engines` field asks for Node 24.18, but it installs (with
 * warnings) and mocks this definition on Node 20.20. Older releases do not avoid that: 5.15 declares
 * Node 24.14, and 5.14.2 pulls these same 5.16 internals through caret ranges.
 */
export const PRISM_VERSION = '5.16.0';

const PACKAGE = '@stoplight/prism-cli';

/**
 * The path of Prism's executable: `explicit` when given (`--prism <path>`), else the pinned version
 * in `<root>/.tmp/prism/`, installed there first when missing or at another version.
 */
export function prismExecutable(root: string, explicit: string | undefined): { file: string; version: string; installed: boolean } {
  if (explicit !== undefined) {
    const file = path.resolve(explicit);
    if (!existsSync(file)) throw new Error(`--prism ${explicit}: no such file`);
    return { file, version: 'given by --prism', installed: false };
  }
  const prefix = path.join(root, '.tmp', 'prism');
  const manifest = path.join(prefix, 'node_modules', ...PACKAGE.split('/'), 'package.json');
  let installed = false;
  if (installedVersion(manifest) !== PRISM_VERSION) {
    console.log(`installing ${PACKAGE}@${PRISM_VERSION} into .tmp/prism/ (first use; reused afterwards) …`);
    mkdirSync(prefix, { recursive: true });
    // engine-strict off: this version's engines field names Node 24.18 although it runs on Node 20 (above).
    const npm = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--engine-strict=false', '--loglevel=error', `${PACKAGE}@${PRISM_VERSION}`],
      { stdio: 'inherit', shell: process.platform === 'win32' },
    );
    if (npm.status !== 0 || installedVersion(manifest) !== PRISM_VERSION) {
      throw new Error(`npm install of ${PACKAGE}@${PRISM_VERSION} into ${prefix} failed (exit ${npm.status}); pass --prism <path to prism's bin> or --no-prism`);
    }
    installed = true;
  }
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['prism'];
  if (bin === undefined) throw new Error(`${manifest} names no "prism" executable`);
  return { file: path.join(path.dirname(manifest), bin), version: PRISM_VERSION, installed };
}

function installedVersion(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export interface RunningPrism {
  url: string;
  pid: number;
  /** From spawn to the first 200 answer to `readyPath`. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock <document>` on a free port of 127.0.0.1 with static examples (no `-d`) and
 * resolves once it answers 200 to `readyPath` with `headers`, or rejects with its last output after
 * `timeoutMs`.
 *
 * Prism logs at level `error`: at its default (`info`) it writes eight lines per request, which
 * measures its logger and the pipe rather than its mocking (the server under test runs with request
 * logging off for the same reason).
 */
export async function startPrism(
  executable: string,
  document: string,
  readyPath: string,
  headers: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RunningPrism> {
  const port = await freePort();
  const args = ['mock', document, '-p', String(port), '-h', '127.0.0.1', '--verboseLevel', 'error'];
  // A JavaScript entry point runs under this Node; anything else (a shim, a binary) runs as it is.
  const [file, argv] = /\.[cm]?js$/.test(executable) ? [process.execPath, [executable, ...args]] : [executable, args];
  const started = performance.now();
  const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  // The last output is kept for the error message; everything is read so Prism never blocks on a full pipe.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await exited(child, 5_000))) child.kill('SIGKILL');
  };
  try {
    while (true) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Prism exited (code ${child.exitCode}, signal ${child.signalCode}) before answering`);
      if (performance.now() - started > timeoutMs) throw new Error(`Prism did not answer 200 on ${readyPath} within ${timeoutMs} ms`);
      const status = await fetch(url + readyPath, { headers }).then((r) => r.arrayBuffer().then(() => r.status), () => undefined);
      if (status === 200) break;
      if (status !== undefined) throw new Error(`Prism answered ${status} on ${readyPath} (expected 200)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; its last output:\n${output}`, { cause: error });
  }
  return { url, pid: child.pid!, startMs: performance.now() - started, stop };
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
