import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../data/index.js';
import { createManualClock } from './clock.js';
import { createEvents, crossesUpward } from './events.js';
import { Store } from './store.js';
import type { SubscriptionInput } from './subscriptions.js';

const instance = sampleInstanceIds.loyalty;

function setup() {
  const clock = createManualClock('2026-02-01T12:00:00Z');
  const store = new Store(createSampleData({ customers: 40 }), clock);
  const received: { url: string; body: unknown }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    received.push({ url: String(url), body: JSON.parse(String(init?.body)) });
    return new Response(null, { status: 202 });
  });
  const events = createEvents({ store, clock, fetch: fetch as typeof globalThis.fetch });
  const subscribe = (input: Omit<SubscriptionInput, 'instance' | 'connection'>) =>
    store.subscriptions.add({ instance, connection: 'token', ...input });
  return { clock, store, events, received, subscribe, fetch };
}

afterEach(() => vi.restoreAllMocks());

describe('threshold crossings', () => {
  it.each([
    [4, 5, 5, true],
    [4, 9, 5, true],
    [5, 6, 5, false],
    [6, 4, 5, false],
    [4, 4, 5, false],
    [5, 5, 5, false],
  ])('%d → %d with threshold %d fires: %s', (previous, next, threshold, fires) => {
    expect(crossesUpward(previous, next, threshold)).toBe(fires);
  });

  it('posts SegmentData only to subscriptions whose threshold the new count crosses upward', async () => {
    const { store, events, received, subscribe } = setup();
    store.instance(instance).segment('GoldMembers').count = 8;
    subscribe({ kind: 'segmentthresholdcrossed', callbackUrl: 'https://flow.example.com/a', segment: 'GoldMembers', threshold: 10 });
    subscribe({ kind: 'segmentthresholdcrossed', callbackUrl: 'https://flow.example.com/b', segment: 'GoldMembers', threshold: 5 });
    subscribe({ kind: 'segmentthresholdcrossed', callbackUrl: 'https://flow.example.com/c', segment: 'OptedOutMembers', threshold: 1 });
    const deliveries = await events.segmentCountChanged(instance, 'GoldMembers', 12);
    expect(deliveries.map((d) => d.status)).toEqual([202]);
    expect(received).toEqual([
      {
        url: 'https://flow.example.com/a',
        body: { Name: 'GoldMembers', DisplayName: 'Gold tier members', EvaluationDate: '2026-02-01T12:00:00.000Z', EntityCount: 12, Threshold: 10 },
      },
    ]);
    // Staying above, or falling below, fires nothing.
    expect(await events.segmentCountChanged(instance, 'GoldMembers', 15)).toEqual([]);
    expect(await events.segmentCountChanged(instance, 'GoldMembers', 3)).toEqual([]);
    expect(await events.segmentCountChanged(instance, 'GoldMembers', 10)).toHaveLength(2);
  });

  it('posts MeasureData with the value, its display name and the threshold', async () => {
    const { store, events, received, subscribe } = setup();
    store.instance(instance).measure('TransactionCount').value = 99;
    subscribe({ kind: 'measurethresholdcrossed', callbackUrl: 'https://flow.example.com/m', measure: 'TransactionCount', threshold: 100.5 });
    await events.measureValueChanged(instance, 'TransactionCount', 1200);
    expect(received[0]!.body).toEqual({
      Name: 'TransactionCount',
      DisplayName: 'Transaction count',
      EvaluationDate: '2026-02-01T12:00:00.000Z',
      Value: 1200,
      ValueDisplayName: '1,200 transactions',
      Threshold: 100.5,
    });
    expect(await events.measureValueChanged(instance, 'TransactionCount', 50)).toEqual([]);
  });

  it('re-evaluates segment definitions: new Gold members push the segment over its threshold', async () => {
    const { store, events, received, subscribe } = setup();
    const loyalty = store.instance(instance);
    const before = loyalty.segment('GoldMembers').count;
    subscribe({ kind: 'segmentthresholdcrossed', callbackUrl: 'https://flow.example.com/gold', segment: 'GoldMembers', threshold: before + 2 });
    loyalty.table('AnnexLoyalty_Member').create({ id: 'new1', CustomerId: 'n1', currentTier: 'Gold' });
    expect(await events.evaluateSegments(instance)).toEqual([]);
    loyalty.table('AnnexLoyalty_Member').create({ id: 'new2', CustomerId: 'n2', currentTier: 'Gold' });
    const deliveries = await events.evaluateSegments(instance);
    expect(deliveries).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({ Name: 'GoldMembers', EntityCount: before + 2, Threshold: before + 2 });
  });
});

describe('refresh and process events', () => {
  it('delivers DataSourcesList to completed or failed subscriptions, versioning each refresh', async () => {
    const { events, received, subscribe } = setup();
    subscribe({ kind: 'datasourcerefreshcompleted', callbackUrl: 'https://flow.example.com/ok' });
    subscribe({ kind: 'datasourcerefreshfailed', callbackUrl: 'https://flow.example.com/failed' });
    await events.dataSourceRefreshed(instance, 'AnnexLoyalty');
    await events.dataSourceRefreshed(instance, 'AnnexLoyalty', { failed: true, errorMessage: 'Token expired' });
    expect(received.map((r) => r.url)).toEqual(['https://flow.example.com/ok', 'https://flow.example.com/failed']);
    expect(received[0]!.body).toEqual({
      value: [
        {
          RefreshType: 'Full',
          RefreshObjectId: '00000000-0000-4000-9000-00000000d501',
          RefreshObjectVersion: 1,
          Operation: 'Ingestion',
          JobType: 'Full',
          StartTimeUtc: '2026-02-01T11:56:00.000Z',
          EndTimeUtc: '2026-02-01T12:00:00.000Z',
        },
      ],
    });
    expect(received[1]!.body).toMatchObject({
      value: [{ RefreshObjectVersion: 2, ErrorCode: 'DataSourceRefreshFailed', ErrorMessage: 'Token expired', ErrorSeverity: 'Error' }],
    });
  });

  it('stamps partitions with the time of the last successful refresh', async () => {
    const { store, events, clock } = setup();
    const customers = store.instance(instance).table('Customer');
    expect(customers.partitions()[0]!.refreshTime).toBe('2026-01-15T06:30:00Z');
    clock.advance(60_000);
    await events.dataSourceRefreshed(instance, 'ContactsCrm', { failed: true });
    expect(customers.partitions()[0]!.refreshTime).toBe('2026-01-15T06:30:00Z');
    await events.dataSourceRefreshed(instance, 'ContactsCrm');
    expect(customers.partitions()[0]!.refreshTime).toBe('2026-02-01T12:01:00.000Z');
  });

  it('notifies process subscriptions by process filter and manual flag', async () => {
    const { events, received, subscribe } = setup();
    subscribe({ kind: 'processcompleted', callbackUrl: 'https://flow.example.com/any' });
    subscribe({ kind: 'processcompleted', callbackUrl: 'https://flow.example.com/any-manual', includingManualRefreshes: true });
    subscribe({ kind: 'processcompleted', callbackUrl: 'https://flow.example.com/match', process: 'Match' });
    subscribe({ kind: 'processcompleted', callbackUrl: 'https://flow.example.com/match-manual', process: 'Match', includingManualRefreshes: true });
    const urls = async (process: string, manual: boolean) => {
      received.length = 0;
      await events.processCompleted(instance, process, { manual });
      return received.map((r) => r.url.replace('https://flow.example.com/', '')).sort();
    };
    expect(await urls('Match', false)).toEqual(['any', 'any-manual', 'match', 'match-manual']);
    expect(await urls('Match', true)).toEqual(['any-manual', 'match-manual']);
    expect(await urls('Merge', false)).toEqual(['any', 'any-manual']);
    expect(await urls('Merge', true)).toEqual(['any-manual']);
    expect(received[0]!.body).toEqual({
      StartTime: '2026-02-01T11:53:00.000Z',
      EndTime: '2026-02-01T12:00:00.000Z',
      Duration: 7,
      Status: 'Successful',
      StatusPage: `https://customerinsights.example.com/environments/${instance}/system/status`,
    });
  });

  it('delivers FullRefreshProcessData for scheduled full refreshes only', async () => {
    const { events, received, subscribe } = setup();
    subscribe({ kind: 'fullrefreshcompleted', callbackUrl: 'https://flow.example.com/full' });
    expect(await events.fullRefreshCompleted(instance, { manual: true })).toEqual([]);
    await events.fullRefreshCompleted(instance, { failedTasks: 2, durationMinutes: 30 });
    expect(received[0]!.body).toMatchObject({ NumberOfFailedTasks: 2, Duration: 30, Status: 'Failed', StartTime: '2026-02-01T11:30:00.000Z' });
  });

  it('refuses event arguments that would make an invalid payload', async () => {
    const { events } = setup();
    await expect(events.segmentCountChanged(instance, 'GoldMembers', -1)).rejects.toMatchObject({ status: 400, code: 'InvalidEvent' });
    await expect(events.segmentCountChanged(instance, 'GoldMembers', 1.5)).rejects.toMatchObject({ status: 400 });
    await expect(events.measureValueChanged(instance, 'TransactionCount', Number.NaN)).rejects.toMatchObject({ status: 400 });
    await expect(events.fullRefreshCompleted(instance, { durationMinutes: 1e20 })).rejects.toMatchObject({ status: 400 });
    await expect(events.processCompleted(instance, 'Match', { durationMinutes: 2.5 })).rejects.toThrow('durationMinutes must be a whole number');
    await expect(events.dataSourceRefreshed(instance, 'AnnexLoyalty', { errorCode: 42 as unknown as string })).rejects.toMatchObject({ status: 400 });
    await expect(events.segmentCountChanged('nope', 'GoldMembers', 1)).rejects.toMatchObject({ status: 404, code: 'InstanceNotFound' });
  });

  it('reports a callback that cannot be reached instead of throwing', async () => {
    const { store, clock } = setup();
    const events = createEvents({ store, clock, fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof fetch });
    store.subscriptions.add({ instance, connection: 't', kind: 'fullrefreshcompleted', callbackUrl: 'https://flow.example.com/down' });
    expect(await events.fullRefreshCompleted(instance)).toMatchObject([{ error: 'fetch failed', callbackUrl: 'https://flow.example.com/down' }]);
  });
});
