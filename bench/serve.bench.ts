/**
 * How fast `insights-connector serve` answers: the mock backend with 100,000 customers over real
 * HTTP, driven by autocannon. Target on a 2-core machine: at least 2,000 requests/s with p99 under
 * 20 ms for a `$filter` by CustomerId and for `$top=100` pages.
 *
 *   npx tsx bench/serve.bench.ts [seconds per scenario, default 10] [connections, default 10] [--profile]
 *
 * `--profile` runs the server under `node --cpu-prof` and leaves the profile in .tmp/serve-profile/
 * (open it in Chrome DevTools or VS Code) to see where the server's time goes; `--only=filter`,
 * `--only=pages` or `--only=429` runs one scenario, so a profile shows one path.
 *
 * The server runs in a child process forked from this same script (`--server`), so the load
 * generator and the server each get a core instead of sharing one event loop, and the memory
 * figures are the server's alone.
 *
 * The connector's throttle (100 calls per 60 s per bearer token) stays on, exactly as served; the
 * load generator sends a fresh bearer token every CALLS_PER_TOKEN requests, as many separate
 * connections would. A last scenario sends everything on one token to measure the 429 path.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSampleData, sampleInstanceIds } from '../mocks/index.js';
import { startServer } from '../scripts/serve/server.js';

const CUSTOMERS = 100_000;
/** Well below the policy's 100, so no rotated token is ever throttled. */
const CALLS_PER_TOKEN = 50;

type Memory = { rss: number; heapUsed: number; heapTotal: number; heapUsedAfterGc?: number };
type ToParent = { ready: { url: string; loadMs: number; customerIds: string[]; memory: Memory } } | { memory: Memory };

async function serverProcess(): Promise<void> {
  const started = performance.now();
  const data = createSampleData({ customers: CUSTOMERS });
  // Request logging is off: one stdout line per request would measure the terminal, not the server.
  const server = await startServer({ port: 0, data, log: false });
  const loadMs = performance.now() - started;
  const customers = server.backend.store.instance(sampleInstanceIds.loyalty).table('Customer');
  // Every 97th customer: ids spread over the whole table, a list small enough to send over IPC.
  const customerIds = customers.all().filter((_, i) => i % 97 === 0).map((row) => String(row['CustomerId']));
  const send = (message: ToParent) => process.send!(message);
  send({ ready: { url: server.url, loadMs, customerIds, memory: memory() } });
  process.on('message', (message: unknown) => {
    if (message === 'memory') {
      const before = memory();
      // A full collection separates what the server keeps from garbage V8 has not collected yet.
      (globalThis as { gc?: () => void }).gc?.();
      send({ memory: { ...before, heapUsedAfterGc: process.memoryUsage().heapUsed } });
    }
    if (message === 'stop') void server.close().then(() => process.exit(0));
  });
}

function memory(): Memory {
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal };
}

// autocannon ships no type declarations; these are the parts of its programmatic API used here.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

interface Scenario {
  id: 'filter' | 'pages' | '429';
  name: string;
  path: (i: number) => string;
  token: (i: number) => string;
  /** Whether the scenario is held to the target (the 429 path is measured, not judged). */
  target: boolean;
}

async function benchmark(): Promise<void> {
  const numbers = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
  const seconds = numbers[0] ?? 10;
  const connections = numbers[1] ?? 10;
  const profile = process.argv.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir=.tmp/serve-profile'] : [];
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: [...process.execArgv, '--expose-gc', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await nextMessage(child);
    if (!('ready' in ready)) throw new Error('the server process did not report ready');
    const { url, loadMs, customerIds } = ready.ready;
    console.log(`server: ${CUSTOMERS.toLocaleString('en-US')} customers loaded and listening in ${loadMs.toFixed(0)} ms at ${url}; ${mb(ready.ready.memory)}`);
    console.log(`load: ${connections} connections, ${seconds} s per scenario, a new bearer token every ${CALLS_PER_TOKEN} requests (throttle on)\n`);

    const items = `/datasets/${sampleInstanceIds.loyalty}/tables/Customer/items`;
    const pages = Math.floor(CUSTOMERS / 100);
    const scenarios: Scenario[] = [
      {
        id: 'filter',
        name: `$filter=CustomerId eq '…' (${customerIds.length} ids in rotation)`,
        path: (i) => `${items}?$filter=${encodeURIComponent(`CustomerId eq '${customerIds[i % customerIds.length]}'`)}`,
        token: rotatingToken,
        target: true,
      },
      {
        id: 'pages',
        name: `$top=100 pages ($skip rotating over ${pages} pages)`,
        path: (i) => `${items}?$top=100&$skip=${((i * 7919) % pages) * 100}`,
        token: rotatingToken,
        target: true,
      },
      {
        id: '429',
        name: '429 path (one bearer token for everything)',
        path: (i) => `${items}?$filter=${encodeURIComponent(`CustomerId eq '${customerIds[i % customerIds.length]}'`)}`,
        token: () => 'bench-single-connection',
        target: false,
      },
    ];

    const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
    const rows: string[] = [];
    let pass = true;
    for (const scenario of scenarios.filter((s) => only === undefined || s.id === only)) {
      let i = 0;
      const result = await autocannon({
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const n = i++;
              return { ...request, path: scenario.path(n), headers: { authorization: `Bearer ${scenario.token(n)}` } };
            },
          },
        ],
      });
      child.send('memory');
      const after = await nextMessage(child);
      const mem = 'memory' in after ? after.memory : undefined;
      const statuses = Object.entries(result.statusCodeStats).map(([code, s]) => `${code}×${s.count}`).join(' ');
      const ok = result.requests.average >= 2000 && result.latency.p99 < 20 && result.errors === 0;
      if (scenario.target && !ok) pass = false;
      rows.push(
        [
          scenario.name,
          `  requests/s ${result.requests.average.toFixed(0)}  (total ${result.requests.total})`,
          `  latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms`,
          `  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}  statuses ${statuses}`,
          `  server memory after: ${mem ? mb(mem) : 'unknown'}`,
          scenario.target ? `  target (≥ 2000 req/s, p99 < 20 ms): ${ok ? 'met' : 'MISSED'}` : '  (measured, no target)',
        ].join('\n'),
      );
      console.log(rows.at(-1) + '\n');
    }
    console.log(pass ? 'all targets met' : 'some targets missed');
    process.exitCode = pass ? 0 : 1;
  } finally {
    child.send('stop');
    // Bounded wait: the child exits once its server has closed; if it does not, it is killed.
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill();
  }
}

let tokenSequence = 0;
function rotatingToken(i: number): string {
  // Each scenario restarts its request counter; the shared sequence keeps tokens fresh across scenarios.
  if (i % CALLS_PER_TOKEN === 0) tokenSequence++;
  return `bench-connection-${tokenSequence}`;
}

function nextMessage(child: ChildProcess): Promise<ToParent> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the server process exited (code ${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as ToParent);
    });
  });
}

function mb(m: Memory): string {
  const f = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return `RSS ${f(m.rss)}, heap used ${f(m.heapUsed)} of ${f(m.heapTotal)}` + (m.heapUsedAfterGc !== undefined ? `, ${f(m.heapUsedAfterGc)} after a full GC` : '');
}

// Last, so every declaration above is initialised before either role starts.
if (process.argv.includes('--server')) {
  await serverProcess();
} else {
  await benchmark();
}
