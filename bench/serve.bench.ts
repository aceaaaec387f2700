/**
 * How fast `insights-connector serve` answers, measured against Stoplight Prism in the same run:
 * the mock backend with 100,000 customers and `prism mock generated/apiDefinition.swagger.json`
 * (static examples), each in its own process, driven by autocannon over real HTTP with the same
 * connections, duration, paths and headers.
 *
 *   npx tsx bench/serve.bench.ts [seconds per run, default 10] [connections, default 10]
 *     [--rounds=N, default 2] [--only=filter|pages|datasets|429] [--prism <path to prism's bin>]
 *     [--no-prism] [--profile]
 *
 * Routes: `$filter=CustomerId eq '…'` on Customer items, `$top=100` pages of Customer items, and
 * `GET /datasets` (a tiny answer, so the figure is the cost of a request itself). Targets, for ours:
 *   - at least 3× Prism's requests/s on every route;
 *   - p99 under 10 ms at 10 connections (judged only when run with 10 connections);
 *   - at least 3,000 requests/s on the two 100,000-customer routes ($filter and $top pages);
 *   - every answer 2xx and no socket errors, from each server loaded (else the figures compare nothing).
 * A last scenario sends everything on one bearer token to measure the 429 path of ours (no target;
 * Prism has no throttle, so it is not run there). Exit code: 0 only when every judged target is met,
 * 1 when one is missed, 2 when the run could not be made (bad arguments, a server that does not
 * start, a preflight answer other than 200). With `--no-prism` the 3× target is printed as not
 * judged, and so is the p99 target when run with other than 10 connections.
 *
 * Beside requests/s, each run prints the server process's CPU time per request (user + system,
 * from /proc), for ours and for Prism: what a request costs each server, whatever the load generator
 * (which shares the machine's two cores) manages to send. It is measured, not judged.
 *
 * Why alternating: the machine is shared, and its load drifts over a run. Each scenario runs
 * `--rounds` rounds of both servers, the order flipping each round (ours, Prism, Prism, ours, …), so
 * a slow stretch hits both alike instead of whichever ran then; each server also gets an unmeasured
 * warm-up on the route first (2 s, or the run's length if shorter), so neither is measured while its JIT is still compiling. Per server
 * the figures are requests/s over all its rounds and the worst round's latencies.
 *
 * Prism (pinned in bench/prism-peer.ts) is installed on first use into .tmp/prism/ and reused; pass
 * `--prism <path>` to use another copy, `--no-prism` to run ours alone. It runs with logging at
 * `error`, as ours runs with request logging off. Before loading either, one request per route and
 * server must answer 200 (printed as the preflight line, with each answer's time: a first request,
 * so it shows what a route costs on first use).
 *
 * `--profile` runs our server under `node --cpu-prof` and leaves the profile in .tmp/serve-profile/
 * (open it in Chrome DevTools or VS Code); with `--only=<scenario>` the profile shows one path.
 *
 * Our server runs in a child process forked from this same script (`--server`), so the load
 * generator and the server each get a core instead of sharing one event loop, and the memory
 * figures are the server's alone.
 *
 * The connector's throttle (100 calls per 60 s per bearer token) stays on, exactly as served; the
 * load generator sends a fresh bearer token every CALLS_PER_TOKEN requests, as many separate
 * connections would, to both servers.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSampleData, sampleInstanceIds } from '../mocks/index.js';
import { startServer } from '../scripts/serve/server.js';
import { prismExecutable, startPrism, type RunningPrism } from './prism-peer.js';

const CUSTOMERS = 100_000;
/** Well below the policy's 100, so no rotated token is ever throttled. */
const CALLS_PER_TOKEN = 50;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFINITION = path.join(ROOT, 'generated', 'apiDefinition.swagger.json');

const TARGET = { ratio: 3, p99Ms: 10, p99Connections: 10, requestsPerSecond: 3_000 };

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
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

type ServerName = 'ours' | 'Prism';

interface Scenario {
  id: 'filter' | 'pages' | 'datasets' | '429';
  name: string;
  path: (i: number) => string;
  token: (i: number) => string;
  /** Which servers it loads: the 429 path exists only in ours. */
  servers: ServerName[];
  /** Held to the targets (the 429 path is measured, not judged). */
  judged: boolean;
  /** Held to the absolute requests/s target (the routes that search the 100,000 customers). */
  overCustomers: boolean;
}

/** One server's figures over all its rounds of a scenario. */
interface Figures {
  rounds: number;
  requestsPerSecond: number;
  /** The server process's CPU time (user + system) per answered request, over all rounds: what a request costs the server, whatever the load generator manages. */
  cpuMicrosPerRequest: number | undefined;
  total: number;
  /** The worst round's. */
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

interface Verdict {
  /** A short name for the summary table. */
  key: string;
  target: string;
  figure: string;
  /** `undefined`: not judged in this run, for `reason`. */
  met: boolean | undefined;
  reason?: string;
}

interface Options {
  seconds: number;
  connections: number;
  rounds: number;
  only: string | undefined;
  prism: boolean;
  prismPath: string | undefined;
  profile: boolean;
}

function parseOptions(argv: string[]): Options {
  const prismAt = argv.indexOf('--prism');
  const prismPath = prismAt >= 0 ? argv[prismAt + 1] : argv.find((a) => a.startsWith('--prism='))?.slice('--prism='.length);
  if (prismAt >= 0 && (prismPath === undefined || prismPath.startsWith('--'))) throw new Error("--prism needs the path of prism's executable");
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(prismAt >= 0 && i === prismAt + 1));
  const numbers = positional.map((a) => {
    if (!/^\d+$/.test(a) || Number(a) === 0) throw new Error(`not a positive whole number: ${a} (usage: [seconds] [connections])`);
    return Number(a);
  });
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only !== undefined && !(SCENARIO_IDS as readonly string[]).includes(only)) throw new Error(`--only=${only}: no such scenario (${SCENARIO_IDS.join(', ')})`);
  const rounds = Number(argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 2);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds=N needs a positive whole number');
  return {
    seconds: numbers[0] ?? 10,
    connections: numbers[1] ?? 10,
    rounds,
    only,
    prism: !argv.includes('--no-prism'),
    prismPath,
    profile: argv.includes('--profile'),
  };
}

const SCENARIO_IDS: ReadonlyArray<Scenario['id']> = ['filter', 'pages', 'datasets', '429'];

async function benchmark(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { seconds, connections } = options;
  const profile = options.profile ? ['--cpu-prof', '--cpu-prof-dir=.tmp/serve-profile'] : [];
  // Resolved (and installed on first use) before our server loads, so a missing Prism fails fast.
  const executable = options.prism ? prismExecutable(ROOT, options.prismPath) : undefined;
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: [...process.execArgv, '--expose-gc', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let prism: RunningPrism | undefined;
  try {
    const ready = await nextMessage(child);
    if (!('ready' in ready)) throw new Error('the server process did not report ready');
    const { loadMs, customerIds } = ready.ready;
    const urls: Record<ServerName, string> = { ours: ready.ready.url, Prism: '' };
    console.log(`ours: ${CUSTOMERS.toLocaleString('en-US')} customers loaded and listening in ${loadMs.toFixed(0)} ms at ${urls.ours}; ${mb(ready.ready.memory)}`);

    const items = `/datasets/${sampleInstanceIds.loyalty}/tables/Customer/items`;
    const pages = Math.floor(CUSTOMERS / 100);
    const filterPath = (i: number) => `${items}?$filter=${encodeURIComponent(`CustomerId eq '${customerIds[i % customerIds.length]}'`)}`;
    const both: ServerName[] = options.prism ? ['ours', 'Prism'] : ['ours'];
    const scenarios: Scenario[] = [
      { id: 'filter', name: `$filter=CustomerId eq '…' (${customerIds.length} ids in rotation)`, path: filterPath, token: rotatingToken, servers: both, judged: true, overCustomers: true },
      {
        id: 'pages',
        name: `$top=100 pages ($skip rotating over ${pages} pages)`,
        path: (i) => `${items}?$top=100&$skip=${((i * 7919) % pages) * 100}`,
        token: rotatingToken,
        servers: both,
        judged: true,
        overCustomers: true,
      },
      { id: 'datasets', name: 'GET /datasets (the instance list, a tiny answer)', path: () => '/datasets', token: rotatingToken, servers: both, judged: true, overCustomers: false },
      { id: '429', name: '429 path of ours (one bearer token for everything)', path: filterPath, token: () => 'bench-single-connection', servers: ['ours'], judged: false, overCustomers: false },
    ];
    const selected = scenarios.filter((s) => options.only === undefined || s.id === options.only);

    if (executable !== undefined) {
      prism = await startPrism(executable.file, DEFINITION, '/datasets', { authorization: 'Bearer bench-preflight' });
      urls.Prism = prism.url;
      console.log(`Prism ${executable.version}: started and answering in ${prism.startMs.toFixed(0)} ms (spawn to its first 200) at ${prism.url}; ${rssOf(prism.pid)}`);
    }

    // One request per route and server before any load: a figure for an error page compares nothing.
    const preflight: string[] = [];
    for (const scenario of selected) {
      for (const server of scenario.servers) {
        const sent = performance.now();
        const response = await fetch(urls[server] + scenario.path(0), { headers: { authorization: `Bearer bench-preflight-${server}-${scenario.id}` } });
        const body = await response.arrayBuffer();
        const ms = performance.now() - sent;
        if (response.status !== 200) throw new Error(`preflight: ${server} answered ${response.status} to GET ${scenario.path(0)} (expected 200)`);
        preflight.push(`${scenario.id} ${server} 200 (${body.byteLength} B, ${ms.toFixed(0)} ms)`);
      }
    }
    // Each is a server's first answer on its route, so its time includes the route's first-use costs
    // (ours lays out the first block of the table on the first page; the very first also carries
    // this process's first connection). Measured, no target.
    console.log(`preflight, one GET per route and server, each must answer 200 (and its time, first use included): ${preflight.join(', ')}`);
    console.log(
      `load: ${connections} connections, ${options.seconds} s per run, ${options.rounds} round(s) per scenario alternating the order, ` +
        `a new bearer token every ${CALLS_PER_TOKEN} requests (throttle on)\n`,
    );

    const verdicts: Array<Verdict & { scenario: string }> = [];
    const summary: string[] = [];
    for (const scenario of selected) {
      console.log(scenario.name);
      const runs: Record<ServerName, AutocannonResult[]> = { ours: [], Prism: [] };
      const cpu: Record<ServerName, number[]> = { ours: [], Prism: [] };
      const pidOf = (server: ServerName) => (server === 'ours' ? child.pid! : prism!.pid);
      const load = (server: ServerName, duration: number) => {
        let i = 0;
        return autocannon({
          url: urls[server],
          connections,
          duration,
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
      };
      if (scenario.judged) for (const server of scenario.servers) await load(server, Math.min(2, seconds));
      const rounds = scenario.judged ? options.rounds : 1;
      for (let round = 1; round <= rounds; round++) {
        const order = round % 2 === 1 ? scenario.servers : [...scenario.servers].reverse();
        for (const server of order) {
          const before = cpuSeconds(pidOf(server));
          const result = await load(server, seconds);
          const after = cpuSeconds(pidOf(server));
          runs[server].push(result);
          if (before !== undefined && after !== undefined) cpu[server].push(after - before);
          console.log(`  round ${round}  ${server.padEnd(5)}  ${row(figures([result], cpu[server].slice(-1)))}`);
        }
      }
      child.send('memory');
      const after = await nextMessage(child);
      const results: Partial<Record<ServerName, Figures>> = {};
      for (const server of scenario.servers) {
        const f = figures(runs[server], cpu[server]);
        results[server] = f;
        const statuses = Object.entries(f.statuses).map(([code, count]) => `${code}×${count}`).join(' ');
        const mem = server === 'ours' ? ('memory' in after ? mb(after.memory) : 'unknown') : rssOf(prism!.pid);
        console.log(`  ${server.padEnd(5)} over ${f.rounds} run(s): ${row(f)}  statuses ${statuses}`);
        console.log(`  ${' '.repeat(5)} memory after: ${mem}`);
      }
      const ours = results.ours!;
      const peer = results.Prism;
      const ratio = peer === undefined ? undefined : ours.requestsPerSecond / peer.requestsPerSecond;
      if (ratio !== undefined) console.log(`  ours/Prism: ${ratio.toFixed(2)}× the requests/s`);
      if (peer?.cpuMicrosPerRequest !== undefined && ours.cpuMicrosPerRequest !== undefined) {
        console.log(`  server CPU per request: ours ${ours.cpuMicrosPerRequest.toFixed(0)} µs, Prism ${peer.cpuMicrosPerRequest.toFixed(0)} µs: ours costs ${(ours.cpuMicrosPerRequest / peer.cpuMicrosPerRequest).toFixed(2)}× (${(peer.cpuMicrosPerRequest / ours.cpuMicrosPerRequest).toFixed(2)}× cheaper; measured, no target)`);
      }
      if (!scenario.judged) {
        console.log('  (measured, no target)\n');
        summary.push(summaryRow(scenario.id, ours, peer, ratio, 'no target'));
        continue;
      }
      const judged: Verdict[] = [
        {
          key: `${TARGET.ratio}×`,
          target: `≥ ${TARGET.ratio}× Prism's requests/s`,
          figure: ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
          met: ratio === undefined ? undefined : ratio >= TARGET.ratio,
          reason: '--no-prism',
        },
        {
          key: 'p99',
          target: `p99 < ${TARGET.p99Ms} ms at ${TARGET.p99Connections} connections`,
          figure: `${ms(ours.p99)} (worst round)`,
          met: connections === TARGET.p99Connections ? ours.p99 < TARGET.p99Ms : undefined,
          reason: `run with ${connections} connections`,
        },
        ...(scenario.overCustomers
          ? [
              {
                key: `${TARGET.requestsPerSecond.toLocaleString('en-US')}/s`,
                target: `≥ ${TARGET.requestsPerSecond.toLocaleString('en-US')} req/s (${CUSTOMERS.toLocaleString('en-US')} customers)`,
                figure: whole(ours.requestsPerSecond),
                met: ours.requestsPerSecond >= TARGET.requestsPerSecond,
              },
            ]
          : []),
        {
          key: '2xx',
          target: 'every answer 2xx, no errors, from each server loaded',
          figure: scenario.servers.map((s) => `${s} non-2xx ${results[s]!.non2xx} errors ${results[s]!.errors + results[s]!.timeouts}`).join(', '),
          met: scenario.servers.every((s) => results[s]!.non2xx === 0 && results[s]!.errors === 0 && results[s]!.timeouts === 0),
        },
      ];
      for (const v of judged) console.log(`  target ${v.target}: ${v.met === undefined ? `not judged (${v.reason})` : `${v.figure}  ${mark(v)}`}`);
      console.log('');
      verdicts.push(...judged.map((v) => ({ ...v, scenario: scenario.id })));
      summary.push(summaryRow(scenario.id, ours, peer, ratio, judged.map((v) => `${v.key} ${mark(v)}`).join(', ')));
    }

    console.log(`scenario   ${'ours req/s'.padStart(10)}  ${'Prism req/s'.padStart(11)}  ${'ratio'.padStart(7)}  ${'ours p99'.padStart(8)}  targets`);
    for (const line of summary) console.log(line);
    const missed = verdicts.filter((v) => v.met === false);
    const unjudged = verdicts.filter((v) => v.met === undefined);
    const note = unjudged.length > 0 ? ` (${unjudged.length} not judged in this run: ${[...new Set(unjudged.map((v) => v.reason))].join('; ')})` : '';
    console.log(
      missed.length === 0
        ? `\nall judged targets met${note}`
        : `\n${missed.length} target(s) MISSED: ${missed.map((v) => `${v.scenario} ${v.target} (${v.figure})`).join('; ')}${note}`,
    );
    process.exitCode = missed.length === 0 ? 0 : 1;
  } finally {
    await prism?.stop();
    child.send('stop');
    // Bounded wait: the child exits once its server has closed; if it does not, it is killed.
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill();
  }
}

/** Requests/s over all rounds (their durations are equal); latencies of the worst round. */
function figures(results: AutocannonResult[], cpu: number[] = []): Figures {
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [code, s] of Object.entries(r.statusCodeStats)) statuses[code] = (statuses[code] ?? 0) + s.count;
  const sum = (f: (r: AutocannonResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const worst = (f: (r: AutocannonResult) => number) => Math.max(...results.map(f));
  return {
    rounds: results.length,
    requestsPerSecond: sum((r) => r.requests.average) / results.length,
    cpuMicrosPerRequest: cpu.length === results.length && results.length > 0 ? (cpu.reduce((a, b) => a + b, 0) * 1e6) / sum((r) => r.requests.total) : undefined,
    total: sum((r) => r.requests.total),
    p50: worst((r) => r.latency.p50),
    p99: worst((r) => r.latency.p99),
    max: worst((r) => r.latency.max),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    statuses,
  };
}

function row(f: Figures): string {
  return (
    `requests/s ${whole(f.requestsPerSecond).padStart(6)} (total ${f.total})  p50 ${ms(f.p50)}  p99 ${ms(f.p99)}  max ${ms(f.max)}  ` +
    `non-2xx ${f.non2xx}  errors ${f.errors}  timeouts ${f.timeouts}` +
    (f.cpuMicrosPerRequest === undefined ? '' : `  server CPU ${f.cpuMicrosPerRequest.toFixed(0)} µs/request`)
  );
}

function summaryRow(id: string, ours: Figures, peer: Figures | undefined, ratio: number | undefined, targets: string): string {
  return (
    `${id.padEnd(9)}  ${whole(ours.requestsPerSecond).padStart(10)}  ${(peer ? whole(peer.requestsPerSecond) : '-').padStart(11)}  ` +
    `${(ratio === undefined ? '-' : `${ratio.toFixed(2)}×`).padStart(7)}  ${ms(ours.p99).padStart(8)}  ${targets}`
  );
}

function mark(v: Verdict): string {
  return v.met === undefined ? 'not judged' : v.met ? 'met' : 'MISSED';
}

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)} ms`;

let tokenSequence = 0;
function rotatingToken(i: number): string {
  // Each run restarts its request counter; the shared sequence keeps tokens fresh across runs.
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

/** Another process's resident memory, from Linux's /proc (elsewhere: unknown). */
/** A process's CPU time so far (user + system, seconds), from /proc; `undefined` where there is none. */
function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): string {
  try {
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? `RSS ${(kb / 1024).toFixed(0)} MB` : 'RSS unknown';
  } catch {
    return 'RSS unknown';
  }
}

// Last, so every declaration above is initialised before either role starts.
if (process.argv.includes('--server')) {
  await serverProcess();
} else {
  try {
    await benchmark();
  } catch (error) {
    console.error(`serve.bench: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
