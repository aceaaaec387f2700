/**
 * End-to-end scenarios from the connector's specification, over msw: flows subscribe through the connector's trigger
 * operations, Customer Insights events fire, and the callbacks receive the triggers' payloads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from './data/index.js';
import { createManualClock, type ManualClock } from './store/clock.js';
import { startMockBackend, type MockBackendOptions, type MockBackendServer } from './testing/index.js';

const instance = sampleInstanceIds.loyalty;
const d = `/datasets/${instance}`;
let mock: MockBackendServer | undefined;

function start(options: MockBackendOptions = {}): MockBackendServer {
  mock = startMockBackend({ clock: createManualClock('2026-03-02T08:00:00Z'), ...options });
  return mock;
}

afterEach(async () => {
  try {
    await mock?.assertContract();
  } finally {
    mock?.close();
    mock = undefined;
  }
});

async function subscribe(m: MockBackendServer, trigger: string, name: string, query = ''): Promise<string> {
  const response = await m.call(`${d}/subscriptions/${trigger}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ callbackUrl: m.callbackUrl(name) }),
  });
  expect(response.status).toBe(201);
  return response.headers.get('location')!;
}

describe('loyalty members push a segment over its threshold', () => {
  it('delivers SegmentData when new Gold members are evaluated into the segment', async () => {
    const m = start();
    const gold = m.backend.store.instance(instance).segment('GoldMembers').count;
    await subscribe(m, 'segmentthresholdcrossed', 'gold', `?segment=GoldMembers&threshold=${gold + 3}`);

    // Three members reach Gold through the loyalty data source (real-time writes via Create item).
    for (const id of ['tierup-1', 'tierup-2', 'tierup-3']) {
      const created = await m.call(`${d}/tables/AnnexLoyalty_Member/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, CustomerId: `c-${id}`, siteId: '10000001', currentTier: 'Gold', lifetimePoints: 5400, availablePoints: 5400, status: 'ACTIVE' }),
      });
      expect(created.status).toBe(201);
    }
    // The segment refresh re-evaluates membership and fires the crossing.
    const deliveries = await m.backend.events.evaluateSegments(instance);
    expect(deliveries.map((x) => x.status)).toEqual([202]);
    expect(m.callbacks).toHaveLength(1);
    const payload = m.callbacks[0]!.body;
    expect(payload).toEqual({
      Name: 'GoldMembers',
      DisplayName: 'Gold tier members',
      EvaluationDate: '2026-03-02T08:00:00.000Z',
      EntityCount: gold + 3,
      Threshold: gold + 3,
    });
    expect(m.validator.validateNotification('OnSegmentThresholdCrossed', payload)).toEqual([]);
    expect(m.callbacks[0]!.headers.get('content-type')).toBe('application/json');

    // The new members are in the Segments entity too.
    const membership = await m.call(`${d}/tables/Segments/items/c-tierup-2`);
    expect(await membership.json()).toEqual({ CustomerId: 'c-tierup-2', Segments: 'GoldMembers,HighBalanceMembers', SegmentCount: 2 });

    // Already above the threshold: evaluating again, or growing further, fires nothing.
    expect(await m.backend.events.evaluateSegments(instance)).toEqual([]);
    expect(await m.backend.events.segmentCountChanged(instance, 'GoldMembers', gold + 10)).toEqual([]);
    // Dropping below and coming back is a new upward crossing.
    await m.backend.events.segmentCountChanged(instance, 'GoldMembers', gold);
    await m.backend.events.segmentCountChanged(instance, 'GoldMembers', gold + 3);
    expect(m.callbacks).toHaveLength(2);
  });

  it('fires a measure threshold only on an upward crossing, and stops after unsubscribe', async () => {
    const m = start();
    const location = await subscribe(m, 'measurethresholdcrossed', 'points', '?measure=LoyaltyPointsEarned&threshold=5000000');
    await m.backend.events.measureValueChanged(instance, 'LoyaltyPointsEarned', 4_999_999.5);
    await m.backend.events.measureValueChanged(instance, 'LoyaltyPointsEarned', 5_250_000);
    await m.backend.events.measureValueChanged(instance, 'LoyaltyPointsEarned', 5_500_000);
    expect(m.callbacks.map((c) => c.body)).toEqual([
      {
        Name: 'LoyaltyPointsEarned',
        DisplayName: 'Loyalty points earned',
        EvaluationDate: '2026-03-02T08:00:00.000Z',
        Value: 5_250_000,
        ValueDisplayName: '5,250,000 points',
        Threshold: 5_000_000,
      },
    ]);
    expect(m.validator.validateNotification('OnMeasureThresholdCrossed', m.callbacks[0]!.body)).toEqual([]);
    expect((await m.call(new URL(location).pathname, { method: 'DELETE' })).status).toBe(200);
    await m.backend.events.measureValueChanged(instance, 'LoyaltyPointsEarned', 1);
    await m.backend.events.measureValueChanged(instance, 'LoyaltyPointsEarned', 6_000_000);
    expect(m.callbacks).toHaveLength(1);
  });
});

describe('refresh and process triggers', () => {
  it('delivers DataSourcesList to the failed-refresh flow only when a refresh fails', async () => {
    const m = start();
    await subscribe(m, 'datasourcerefreshfailed', 'failed');
    await subscribe(m, 'datasourcerefreshcompleted', 'completed');
    await m.backend.events.dataSourceRefreshed(instance, 'AnnexLoyalty', {
      failed: true,
      errorCode: 'SourceUnreachable',
      errorMessage: 'The loyalty feed returned 401: the access token has expired',
    });
    expect(m.callbacks.map((c) => c.name)).toEqual(['failed']);
    const payload = m.callbacks[0]!.body;
    expect(payload).toEqual({
      value: [
        {
          RefreshType: 'Full',
          RefreshObjectId: '00000000-0000-4000-9000-00000000d501',
          RefreshObjectVersion: 1,
          Operation: 'Ingestion',
          JobType: 'Full',
          ErrorCode: 'SourceUnreachable',
          ErrorMessage: 'The loyalty feed returned 401: the access token has expired',
          ErrorSeverity: 'Error',
          StartTimeUtc: '2026-03-02T07:56:00.000Z',
          EndTimeUtc: '2026-03-02T08:00:00.000Z',
        },
      ],
    });
    expect(m.validator.validateNotification('OnDataSourceRefreshFailed', payload)).toEqual([]);
    await m.backend.events.dataSourceRefreshed(instance, 'AnnexLoyalty');
    expect(m.callbacks.map((c) => c.name)).toEqual(['failed', 'completed']);
    expect(m.validator.validateNotification('OnDataSourceRefreshCompleted', m.callbacks[1]!.body)).toEqual([]);
  });

  it('notifies process flows for scheduled runs, and for manual runs only when they opted in', async () => {
    const m = start();
    await subscribe(m, 'processcompleted', 'any-scheduled');
    await subscribe(m, 'processcompleted', 'merge-with-manual', '?process=Merge&includingManualRefreshes=true');
    await subscribe(m, 'processcompleted', 'merge-scheduled', '?process=Merge&includingManualRefreshes=false');
    await m.backend.events.processCompleted(instance, 'Merge', { manual: true });
    expect(m.callbacks.map((c) => c.name)).toEqual(['merge-with-manual']);
    await m.backend.events.processCompleted(instance, 'Merge');
    expect(m.callbacks.map((c) => c.name).slice(1).sort()).toEqual(['any-scheduled', 'merge-scheduled', 'merge-with-manual']);
    await m.backend.events.processCompleted(instance, 'Segmentation');
    expect(m.callbacks.at(-1)!.name).toBe('any-scheduled');
    for (const callback of m.callbacks) expect(m.validator.validateNotification('OnProcessCompleted', callback.body)).toEqual([]);
  });

  it('delivers FullRefreshProcessData when a scheduled full refresh completes', async () => {
    const m = start();
    await subscribe(m, 'fullrefreshcompleted', 'full');
    await m.backend.events.fullRefreshCompleted(instance, { failedTasks: 1, durationMinutes: 55 });
    expect(m.callbacks[0]!.body).toEqual({
      NumberOfFailedTasks: 1,
      StartTime: '2026-03-02T07:05:00.000Z',
      EndTime: '2026-03-02T08:00:00.000Z',
      Duration: 55,
      Status: 'Failed',
      StatusPage: `https://customerinsights.example.com/environments/${instance}/system/status`,
    });
    expect(m.validator.validateNotification('OnFullRefreshCompleted', m.callbacks[0]!.body)).toEqual([]);
  });
});

describe('paging 1,000 items through the 100 calls / 60 s limit', () => {
  const options = () => ({ data: createSampleData({ customers: 1_000, memberShare: 0, activitiesPerMember: 0 }) });

  async function page(m: MockBackendServer, top: number, clock?: ManualClock) {
    const ids: string[] = [];
    let calls = 0;
    let throttled = 0;
    for (let skip = 0; ; ) {
      const response = await m.call(`${d}/tables/Customer/items?$select=CustomerId&$top=${top}&$skip=${skip}`);
      calls++;
      if (response.status === 429) {
        throttled++;
        const body = await response.json();
        expect(body.error.code).toBe('TooManyRequests');
        const wait = Number(response.headers.get('retry-after'));
        expect(wait).toBeGreaterThan(0);
        // Honour Retry-After on the injected clock instead of sleeping.
        clock!.advance(wait * 1000);
        continue;
      }
      expect(response.status).toBe(200);
      const { value } = (await response.json()) as { value: { CustomerId: string }[] };
      ids.push(...value.map((v) => v.CustomerId));
      if (value.length < top) break;
      skip += value.length;
    }
    return { ids, calls, throttled };
  }

  it('stays within the limit with pages of 100', async () => {
    const m = start(options());
    const { ids, calls, throttled } = await page(m, 100);
    expect(new Set(ids).size).toBe(1_000);
    expect(calls).toBe(11);
    expect(throttled).toBe(0);
    expect(m.backend.throttle.remaining(m.token)).toBe(89);
  });

  it('meets 429 with pages of 5 and finishes by honouring Retry-After', async () => {
    const clock = createManualClock('2026-03-02T08:00:00Z');
    const m = start({ ...options(), clock });
    let tick = 0;
    // Calls 250 ms apart: 100 calls take 25 s, so the oldest expires 35 s after the 101st.
    const spaced = m.call.bind(m);
    m.call = async (path, init) => {
      clock.advance(tick++ === 0 ? 0 : 250);
      return spaced(path, init);
    };
    const { ids, throttled } = await page(m, 5, clock);
    expect(new Set(ids).size).toBe(1_000);
    expect(ids).toEqual(m.backend.store.instance(instance).table('Customer').all().map((r) => r['CustomerId']));
    expect(throttled).toBeGreaterThanOrEqual(1);
  });

  it('answers 429 with Retry-After = seconds until the oldest call leaves the window', async () => {
    const clock = createManualClock(0);
    const m = start({ clock });
    for (let i = 0; i < 100; i++) {
      expect((await m.call('/datasets')).status).toBe(200);
      clock.advance(200);
    }
    const refused = await m.call('/datasets');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(await refused.json()).toEqual({
      error: { code: 'TooManyRequests', message: 'Rate limit is exceeded: 100 calls per 60 seconds per connection. Try again in 40 seconds.' },
    });
    // Another connection (another token) is not affected.
    expect((await m.call('/datasets', { headers: { authorization: 'Bearer another-connection' } })).status).toBe(200);
    clock.advance(40_000);
    expect((await m.call('/datasets')).status).toBe(200);
  });
});
