/**
 * The trigger poller's cost upstream: REST calls per cycle and per minute for 1, 10 and 100
 * subscriptions on one instance. Target: calls per cycle independent of the number of
 * subscriptions (one call per watched resource: data sources, segments, measures, jobs).
 *
 *   npx tsx bench/gateway-poller.bench.ts [cycles per scenario, default 20]
 *
 * The gateway runs in this process against the fake REST API (mocks/rest-api) on a manual clock;
 * every cycle is preceded by changes upstream (a segment and a measure crossing their thresholds
 * and falling back, a scheduled job, a data source refresh), so cycles also deliver notifications
 * to a local receiver, as they would in production. Calls are counted by the fake.
 *
 * Two series: all subscriptions on one trigger (segment threshold), and subscriptions spread over
 * all six triggers. Calls per minute are given for the idle interval (5 min) and for the active
 * one (30 s, while a job runs), next to what one poller per subscription would need.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLL_INTERVALS } from '../gateway/triggers/index.js';
import { LOYALTY, startTriggerHarness, type TriggerHarness } from '../gateway/triggers/testing.js';

const CYCLES = Number(process.argv[2] ?? 20);
const COUNTS = [1, 10, 100];

const kinds: { trigger: string; query: Record<string, string> }[] = [
  { trigger: 'segmentthresholdcrossed', query: { segment: 'GoldMembers', threshold: '500' } },
  { trigger: 'measurethresholdcrossed', query: { measure: 'TransactionCount', threshold: '200' } },
  { trigger: 'datasourcerefreshcompleted', query: {} },
  { trigger: 'datasourcerefreshfailed', query: {} },
  { trigger: 'fullrefreshcompleted', query: {} },
  { trigger: 'processcompleted', query: { includingManualRefreshes: 'true' } },
];

interface Row {
  series: string;
  subscriptions: number;
  callsPerCycle: number;
  notificationsPerCycle: number;
  msPerCycle: number;
}

function change(h: TriggerHarness, cycle: number): void {
  h.clock.advance(60_000);
  const high = cycle % 2 === 0;
  h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', high ? 900 : 100);
  h.fake.control.evaluateMeasure(LOYALTY, 'TransactionCount', high ? 250 : 150);
  h.fake.control.runJob(LOYALTY, { operationType: 'all', submissionKind: 'scheduled' });
  h.fake.control.refreshDataSource(LOYALTY, 'AnnexLoyalty', high ? 'success' : 'failure');
}

async function scenario(series: string, count: number, mixed: boolean): Promise<Row> {
  const h = await startTriggerHarness();
  try {
    for (let i = 0; i < count; i++) {
      const kind = mixed ? kinds[i % kinds.length]! : kinds[0]!;
      const answer = await h.subscribe(kind.trigger, kind.query, h.receiver.urlFor(`s${i}`));
      if (answer.status !== 201) throw new Error(`subscribe answered ${answer.status}: ${answer.body}`);
    }
    await h.gateway.triggers.pollNow(LOYALTY); // baselines
    const calls = h.fake.calls.length;
    const received = h.receiver.received.length;
    let ms = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      change(h, cycle);
      const started = performance.now();
      await h.gateway.triggers.pollNow(LOYALTY);
      ms += performance.now() - started;
    }
    return {
      series,
      subscriptions: count,
      callsPerCycle: (h.fake.calls.length - calls) / CYCLES,
      notificationsPerCycle: (h.receiver.received.length - received) / CYCLES,
      msPerCycle: ms / CYCLES,
    };
  } finally {
    await h.close();
  }
}

const rows: Row[] = [];
for (const count of COUNTS) rows.push(await scenario('one trigger (segment threshold)', count, false));
for (const count of COUNTS) rows.push(await scenario('all six triggers', count, true));

const perMinute = (calls: number, intervalMs: number) => (calls * 60_000) / intervalMs;
console.log(`Poller calls upstream, one instance, ${CYCLES} cycles per scenario (intervals: active ${DEFAULT_POLL_INTERVALS.activeMs / 1000} s, idle ${DEFAULT_POLL_INTERVALS.idleMs / 1000} s)\n`);
console.log(['series'.padEnd(34), 'subs', 'calls/cycle', 'calls/min idle', 'calls/min active', 'per-subscription pollers, calls/min active', 'notifications/cycle', 'ms/cycle'].join(' | '));
for (const row of rows) {
  // At least one call per subscription per cycle when each subscription polls for itself.
  const perSubscription = perMinute(row.subscriptions, DEFAULT_POLL_INTERVALS.activeMs);
  console.log(
    [
      row.series.padEnd(34),
      String(row.subscriptions).padStart(4),
      row.callsPerCycle.toFixed(1).padStart(11),
      perMinute(row.callsPerCycle, DEFAULT_POLL_INTERVALS.idleMs).toFixed(1).padStart(14),
      perMinute(row.callsPerCycle, DEFAULT_POLL_INTERVALS.activeMs).toFixed(1).padStart(16),
      `>= ${perSubscription.toFixed(0)}`.padStart(42),
      row.notificationsPerCycle.toFixed(1).padStart(19),
      row.msPerCycle.toFixed(1).padStart(8),
    ].join(' | '),
  );
}
let pass = true;
for (const series of new Set(rows.map((r) => r.series))) {
  const inSeries = rows.filter((r) => r.series === series && r.subscriptions >= (series.startsWith('all') ? kinds.length : 1));
  const same = inSeries.every((r) => r.callsPerCycle === inSeries[0]!.callsPerCycle);
  pass &&= same;
  console.log(`\n${series}: calls per cycle ${same ? 'independent of' : 'DEPEND ON'} the number of subscriptions (${inSeries.map((r) => `${r.subscriptions}: ${r.callsPerCycle}`).join(', ')}); target: independent, at most 4 (one per watched resource)`);
}
console.log(`\nTarget ${pass && rows.every((r) => r.callsPerCycle <= 4) ? 'met' : 'NOT met'}.`);
