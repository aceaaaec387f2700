/**
 * Benchmark: read 5,000 items through the client under the throttling policy, on a simulated clock,
 * against an in-process fake backend that enforces the policy itself and answers 429 with
 * Retry-After. Reports the simulated time taken against the fastest schedule the policy allows.
 *
 *   npx tsx bench/client.bench.ts [--items 5000] [--page-size 10] [--rtt-ms 20]
 *
 * The page size is small on purpose: with 100-item pages 5,000 items fit in one window and there is
 * nothing to pace. A naive loop (send back to back, wait for Retry-After on 429) is run on the same
 * backend for comparison.
 */
import { parseArgs } from 'node:util';
import { throttlingPolicies } from '../connector/throttling.js';
import { createClient } from '../client/create-client.js';
import type { Clock } from '../scripts/core/pacing/clock.js';
import { parseRetryAfter } from '../scripts/core/pacing/retry-after.js';
import { createSimulatedClock } from '../client/testing/simulated-clock.js';
import { createFakeItemsBackend } from '../client/testing/fake-items-backend.js';
import type { FakeItemsBackend } from '../client/testing/fake-items-backend.js';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    'page-size': { type: 'string', default: '10' },
    'rtt-ms': { type: 'string', default: '20' },
  },
});
const itemCount = Number(values.items);
const pageSize = Number(values['page-size']);
const rttMs = Number(values['rtt-ms']);
const policy = throttlingPolicies[0]!;
const windowMs = policy.renewalPeriodSeconds * 1000;
const items = Array.from({ length: itemCount }, (_, i) => ({ CustomerId: `c${i + 1}`, Score: i % 97 }));
const baseUrl = 'https://ci.bench';

interface Outcome {
  name: string;
  elapsedMs: number;
  itemsRead: number;
  backend: FakeItemsBackend;
}

function setup(): { clock: Clock; backend: FakeItemsBackend } {
  const clock = createSimulatedClock(0);
  return { clock, backend: createFakeItemsBackend({ clock, items, policy, halfRoundTripMs: rttMs / 2 }) };
}

async function viaClient(): Promise<Outcome> {
  const { clock, backend } = setup();
  const client = createClient({ baseUrl, token: 'bench-client', clock, fetch: (request) => backend.fetch(request) });
  const result = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize });
  if (result.error) throw new Error(`the client failed: ${JSON.stringify(result.error)}`);
  return { name: 'createClient().getAllItems', elapsedMs: clock.now(), itemsRead: result.data.length, backend };
}

/** What callers write without a pacer: pages back to back, and on 429 wait Retry-After and retry. */
async function naive(): Promise<Outcome> {
  const { clock, backend } = setup();
  let read = 0;
  for (let skip = 0; ; ) {
    const url = `${baseUrl}/datasets/ds/tables/Customer/items?$top=${pageSize}&$skip=${skip}`;
    const response = await backend.fetch(new Request(url, { headers: { Authorization: 'Bearer bench-naive' } }));
    if (response.status === 429) {
      await clock.sleep(parseRetryAfter(response.headers.get('Retry-After'), clock.now()) ?? 1000);
      continue;
    }
    const { value } = (await response.json()) as { value: unknown[] };
    read += value.length;
    skip += pageSize;
    if (value.length < pageSize) break;
  }
  return { name: 'naive loop + Retry-After', elapsedMs: clock.now(), itemsRead: read, backend };
}

/**
 * The policy allows at most `calls` calls in any window, so call i + calls arrives at least one
 * window after call i: the last call arrives no earlier than (ceil(n / calls) - 1) windows after the
 * first, and the read ends one round trip later.
 */
function fastestScheduleMs(calls: number): number {
  return (Math.ceil(calls / policy.calls) - 1) * windowMs + rttMs;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;

const wallStart = performance.now();
const outcomes = [await viaClient(), await naive()];
const wallMs = performance.now() - wallStart;

console.log(
  `policy: ${policy.name}: ${policy.calls} calls per ${policy.renewalPeriodSeconds} s; ` +
    `${itemCount} items, page size ${pageSize}, simulated round trip ${rttMs} ms`,
);
for (const outcome of outcomes) {
  const calls = outcome.backend.calls.length;
  const accepted = outcome.backend.calls.filter((call) => call.status === 200).length;
  const fastest = fastestScheduleMs(accepted);
  console.log(`\n${outcome.name}`);
  console.log(`  items read            ${outcome.itemsRead}`);
  console.log(`  calls                 ${calls} (${accepted} answered, ${outcome.backend.throttled()} met 429)`);
  console.log(`  simulated elapsed     ${seconds(outcome.elapsedMs)}`);
  console.log(
    `  fastest schedule      ${seconds(fastest)} = (ceil(${accepted}/${policy.calls}) - 1) x ${policy.renewalPeriodSeconds} s + ${rttMs} ms round trip`,
  );
  console.log(`  ratio                 ${(outcome.elapsedMs / fastest).toFixed(4)}`);
}
console.log(`\nwall time for both runs: ${wallMs.toFixed(0)} ms`);

const [client] = outcomes;
const ok = client!.itemsRead === itemCount && client!.backend.throttled() === 0 && client!.elapsedMs <= 1.05 * fastestScheduleMs(client!.backend.calls.length);
console.log(ok ? 'target met: all items, zero 429s, within 5% of the fastest schedule' : 'TARGET MISSED');
process.exitCode = ok ? 0 : 1;
