/**
 * The gateway's added latency per call: the same request answered by the fake Customer Insights
 * REST API directly, and through the gateway in front of it, in the same run. Target: under 2 ms
 * added at p50.
 *
 *   npx tsx bench/gateway.bench.ts [calls per scenario, default 2000]
 *
 * Like with like: the fake and the gateway each run in their own child process (forked from this
 * script), and this process is the client, calling one request at a time over keep-alive
 * connections, alternating direct and through-the-gateway calls so both see the same machine
 * load. The gateway logs every request as it does when deployed (the JSON line is built and
 * written to a sink, not a terminal, so the figure is the gateway's and not the console's).
 *
 * Scenarios are pairs whose upstream work is the same: a picker (one REST call), a page of items
 * (one REST call), and one item by key (one REST call: the entity's key comes from metadata the
 * gateway keeps for a minute).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defaultSubscriptionKey, defaultTestIdentity, makeTestToken, sampleInstanceIds, startFakeRestApi } from '../mocks/index.js';
import { startGateway } from '../gateway/index.js';
import { createLogger } from '../gateway/log.js';

const TARGET_ADDED_P50_MS = 2;
const WARMUP = 200;

type Ready = { ready: { url: string } };

async function fakeProcess(): Promise<void> {
  const fake = await startFakeRestApi();
  process.send!({ ready: { url: fake.url } } satisfies Ready);
  process.on('message', (m) => m === 'stop' && void fake.close().then(() => process.exit(0)));
}

async function gatewayProcess(apiUrl: string): Promise<void> {
  let lines = 0;
  const gateway = await startGateway({
    apiUrl,
    store: 'sqlite::memory:',
    env: { CI_SUBSCRIPTION_KEY: defaultSubscriptionKey },
    credential: null,
    log: createLogger(() => void lines++),
    startPolling: false,
  });
  process.send!({ ready: { url: gateway.url } } satisfies Ready);
  process.on('message', (m) => m === 'stop' && void gateway.close().then(() => process.exit(0)));
}

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, url: (message as Ready).ready.url }));
    child.once('exit', (code) => reject(new Error(`child ${args.join(' ')} exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return ms;
}

async function main(): Promise<void> {
  const calls = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 2000);
  const fake = await start(['--fake']);
  const gateway = await start(['--gateway', fake.url]);
  try {
    const dataset = sampleInstanceIds.loyalty;
    const token = makeTestToken({ ...defaultTestIdentity, expiresInSeconds: 3600 });
    const direct = { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': defaultSubscriptionKey };
    const viaGateway = { authorization: `Bearer ${token}` };
    const first = (await (await fetch(`${fake.url}/instances/${dataset}/data/Customer?$top=1`, { headers: direct })).json()) as { value: { CustomerId: string }[] };
    const customerId = first.value[0]!.CustomerId;
    const scenarios = [
      { name: 'ListSegments (picker)', direct: `${fake.url}/instances/${dataset}/manage/segments`, gateway: `${gateway.url}/datasets/${dataset}/lookups/segments` },
      { name: 'GetItems $top=10', direct: `${fake.url}/instances/${dataset}/data/Customer?$top=10`, gateway: `${gateway.url}/datasets/${dataset}/tables/Customer/items?$top=10` },
      {
        name: 'GetItem by key',
        direct: `${fake.url}/instances/${dataset}/data/Customer?$filter=${encodeURIComponent(`CustomerId eq '${customerId}'`)}&$top=1`,
        gateway: `${gateway.url}/datasets/${dataset}/tables/Customer/items/${customerId}`,
      },
    ];
    console.log(`gateway added latency, ${calls} sequential calls per side and scenario (after ${WARMUP} warm-up calls), Node ${process.version}`);
    console.log(`${'scenario'.padEnd(24)} ${'direct p50 / p99'.padEnd(21)}${'via gateway p50 / p99'.padEnd(24)}${'added p50'.padEnd(12)}${'added p99'.padEnd(12)}target (added p50)`);
    let worst = 0;
    for (const scenario of scenarios) {
      for (let i = 0; i < WARMUP; i++) {
        await timed(scenario.direct, direct);
        await timed(scenario.gateway, viaGateway);
      }
      const d: number[] = [];
      const g: number[] = [];
      for (let i = 0; i < calls; i++) {
        d.push(await timed(scenario.direct, direct));
        g.push(await timed(scenario.gateway, viaGateway));
      }
      d.sort((a, b) => a - b);
      g.sort((a, b) => a - b);
      const added50 = percentile(g, 50) - percentile(d, 50);
      const added99 = percentile(g, 99) - percentile(d, 99);
      worst = Math.max(worst, added50);
      const f = (n: number) => `${n.toFixed(2)} ms`;
      console.log(
        `${scenario.name.padEnd(24)} ${`${f(percentile(d, 50))} / ${f(percentile(d, 99))}`.padEnd(21)}${`${f(percentile(g, 50))} / ${f(percentile(g, 99))}`.padEnd(24)}${f(added50).padEnd(12)}${f(added99).padEnd(12)}< ${TARGET_ADDED_P50_MS} ms ${added50 < TARGET_ADDED_P50_MS ? 'ok' : 'MISSED'}`,
      );
    }
    console.log(`worst added p50: ${worst.toFixed(2)} ms (target < ${TARGET_ADDED_P50_MS} ms): ${worst < TARGET_ADDED_P50_MS ? 'met' : 'missed'}`);
  } finally {
    gateway.child.send('stop');
    fake.child.send('stop');
  }
}

if (process.argv.includes('--fake')) await fakeProcess();
else if (process.argv.includes('--gateway')) await gatewayProcess(process.argv[process.argv.indexOf('--gateway') + 1]!);
else await main();
