/**
 * The triggers end to end over real HTTP: subscribe on the gateway, the fake REST API changes,
 * `pollNow` runs a cycle, the callback receiver sees what the connector's flows would.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeTestToken } from '../../mocks/index.js';
import { IDEMPOTENCY_HEADER } from './index.js';
import { LOYALTY, startTriggerHarness, type TriggerHarness } from './testing.js';

const MINUTE = 60_000;
let h: TriggerHarness;

beforeEach(async () => {
  h = await startTriggerHarness();
});
afterEach(async () => {
  // Whatever a test received honours the trigger's notification schema in the definition.
  const violations = h.notificationViolations();
  await h.close();
  expect(violations).toEqual([]);
});

/** Moves the shared clock on, so the next change upstream is newer than the last poll. */
function later(ms = MINUTE): void {
  h.clock.advance(ms);
}

async function subscribeSegment(name: string, threshold: number, hook = name): Promise<string> {
  const answer = await h.subscribe('segmentthresholdcrossed', { segment: name, threshold: String(threshold) }, h.receiver.urlFor(hook));
  expect(answer.status, answer.body).toBe(201);
  return answer.location!;
}

describe('segment threshold', () => {
  test('an upward crossing fires exactly one notification; the next poll fires none', async () => {
    const location = await subscribeSegment('GoldMembers', 500);
    expect(location).toMatch(new RegExp(`^${h.gateway.url}/subscriptions/[0-9a-f]{32}$`));
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 100);
    await h.gateway.triggers.pollNow(LOYALTY); // baseline: nothing fires, whatever the state
    expect(h.receiver.received).toEqual([]);

    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 650);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('GoldMembers')).toHaveLength(1);
    const [notification] = h.receiver.on('GoldMembers');
    expect(notification!.body).toEqual({
      Name: 'GoldMembers',
      DisplayName: expect.any(String),
      EvaluationDate: new Date(h.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      EntityCount: 650,
      Threshold: 500,
    });
    const id = location.split('/').pop()!;
    expect(notification!.headers[IDEMPOTENCY_HEADER.toLowerCase()]).toMatch(new RegExp(`^${id}:[0-9a-f]{32}$`));

    later();
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 700); // still above: not a crossing
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('GoldMembers')).toHaveLength(1);
  });

  test('downward crossings fire nothing; rising again fires again', async () => {
    await subscribeSegment('GoldMembers', 500);
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 600);
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 400);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.received).toHaveLength(0);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 500); // reaching the threshold counts
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('GoldMembers').map((n) => (n.body as { EntityCount: number }).EntityCount)).toEqual([500]);
  });

  test('a rise and fall between two polls still fires, from the evaluation history', async () => {
    await subscribeSegment('GoldMembers', 500);
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 100);
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 50);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('GoldMembers').map((n) => (n.body as { EntityCount: number }).EntityCount)).toEqual([900]);
  });
});

describe('polling cost', () => {
  test('one call per watched resource per cycle, however many subscriptions', async () => {
    for (let i = 0; i < 12; i++) await subscribeSegment('GoldMembers', 100 + i, `s${i}`);
    const since = h.fake.calls.length;
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.callsSince(since).map((c) => c.path)).toEqual([`/instances/${LOYALTY}/manage/segments`]);
    expect(h.callsSince(since)[0]!.query).toMatchObject({ includeHistoricStats: 'true' });
  });

  test('only resources someone subscribed to are read', async () => {
    await h.subscribe('measurethresholdcrossed', { measure: 'TransactionCount', threshold: '200' }, h.receiver.urlFor('m'));
    await h.subscribe('fullrefreshcompleted', {}, h.receiver.urlFor('f'));
    const since = h.fake.calls.length;
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.callsSince(since).map((c) => c.path)).toEqual([`/instances/${LOYALTY}/manage/measures`, `/instances/${LOYALTY}/workflows/main/jobs`]);
  });

  test('a 429 from upstream is backed off until Retry-After has passed', async () => {
    await subscribeSegment('GoldMembers', 500);
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    h.fake.control.failNext({ method: 'GET', path: /manage\/segments/ }, { status: 429, retryAfterSeconds: 120 });
    const start = h.clock.now();
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.gateway.triggers.lastCycles()[0]).toMatchObject({ outcome: 'throttled', calls: 1 });
    const [scheduled] = h.gateway.triggers.schedule();
    expect(scheduled!.backoffUntil).toBe(start + 120_000);
    expect(scheduled!.nextAt).toBeGreaterThanOrEqual(start + 120_000);

    const since = h.fake.calls.length;
    h.clock.advance(119_000);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.callsSince(since)).toEqual([]); // still inside Retry-After: no call at all
    expect(h.receiver.received).toEqual([]);

    h.clock.advance(1_000);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.callsSince(since)).toHaveLength(1);
    expect(h.receiver.on('GoldMembers')).toHaveLength(1);
  });

  test('polls again after the active interval while a job runs, the idle one otherwise', async () => {
    await h.subscribe('processcompleted', {}, h.receiver.urlFor('p'));
    await h.gateway.triggers.pollNow(LOYALTY);
    const idle = h.gateway.triggers.schedule()[0]!.nextAt - h.clock.now();
    expect(idle).toBeGreaterThanOrEqual(270_000);
    expect(idle).toBeLessThanOrEqual(330_000);
    // The control API takes any workflow job status; its type names only the two finished ones.
    h.fake.control.runJob(LOYALTY, { operationType: 'all', submissionKind: 'scheduled', status: 'running' as 'succeeded' });
    await h.gateway.triggers.pollNow(LOYALTY);
    const active = h.gateway.triggers.schedule()[0]!.nextAt - h.clock.now();
    expect(active).toBeGreaterThanOrEqual(27_000);
    expect(active).toBeLessThanOrEqual(33_000);
  });
});

describe('subscribe and unsubscribe', () => {
  test('a bad token gets 401 and nothing is stored', async () => {
    for (const token of [null, 'not-a-jwt', makeTestToken({ tid: 't', oid: 'o', expiresInSeconds: -60 })]) {
      const answer = await h.subscribe('segmentthresholdcrossed', { segment: 'GoldMembers', threshold: '5' }, h.receiver.urlFor('x'), { token });
      expect(answer.status).toBe(401);
      expect(answer.location).toBeNull();
    }
    expect(await h.store.list()).toEqual([]);
  });

  test('an identity without access to the instance gets 403 and nothing is stored', async () => {
    const stranger = makeTestToken({ tid: 'tenant-x', oid: 'stranger' });
    const answer = await h.subscribe('fullrefreshcompleted', {}, h.receiver.urlFor('x'), { token: stranger });
    expect(answer.status).toBe(403);
    expect(await h.store.list()).toEqual([]);
  });

  test('the subscription belongs to the identity of the token, checked upstream first', async () => {
    const since = h.fake.calls.length;
    await subscribeSegment('goldmembers', 5, 'GoldMembers');
    expect(h.callsSince(since).map((c) => c.path)).toEqual([`/instances/${LOYALTY}`, `/instances/${LOYALTY}/manage/segments`]);
    const [stored] = await h.store.list(LOYALTY);
    expect(stored!.owner).toEqual({ tid: '00000000-0000-4000-a000-00000000a001', oid: '00000000-0000-4000-a000-00000000b001' });
    expect(stored!.callbackUrl).toBe(h.receiver.urlFor('GoldMembers'));
    expect(stored!.parameters).toEqual({ segment: 'GoldMembers', threshold: 5 }); // as the REST API spells it
  });

  test('only the identity that subscribed can delete; anyone else gets the 404 of a missing id', async () => {
    const location = await subscribeSegment('GoldMembers', 5);
    const other = { tid: 'tenant-b', oid: 'someone-else' };
    h.fake.control.grantAccess(LOYALTY, other);
    const otherToken = makeTestToken(other);
    expect(await h.unsubscribe(location, otherToken)).toBe(404);
    expect(await h.unsubscribe(`/subscriptions/${'0'.repeat(32)}`, otherToken)).toBe(404);
    // Someone without access to the instance learns nothing either.
    expect(await h.unsubscribe(location, makeTestToken({ tid: 'tenant-x', oid: 'stranger' }))).toBe(404);
    expect(await h.unsubscribe(location, null)).toBe(401);
    expect(await h.unsubscribe(`/subscriptions/${'0'.repeat(32)}`, 'garbage')).toBe(401);
    expect(await h.store.list()).toHaveLength(1);
    expect(await h.unsubscribe(location)).toBe(200);
    expect(await h.store.list()).toEqual([]);
    expect(await h.unsubscribe(location)).toBe(404);
  });

  test('unsubscribe stops deliveries', async () => {
    const location = await subscribeSegment('GoldMembers', 500);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(await h.unsubscribe(location)).toBe(200);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    const since = h.fake.calls.length;
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.received).toEqual([]);
    expect(h.callsSince(since)).toEqual([]); // no subscriptions left: the instance is not polled
  });

  test('Location honours X-Forwarded-Proto and X-Forwarded-Host', async () => {
    const answer = await h.subscribe('fullrefreshcompleted', {}, h.receiver.urlFor('f'), { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'gateway.contoso.com' } });
    expect(answer.location).toMatch(/^https:\/\/gateway\.contoso\.com\/subscriptions\/[0-9a-f]{32}$/);
  });

  test('bad trigger parameters and callback URLs are refused before anything is stored', async () => {
    expect((await h.subscribe('segmentthresholdcrossed', { segment: 'GoldMembers' }, h.receiver.urlFor('x'))).status).toBe(400);
    expect((await h.subscribe('segmentthresholdcrossed', { segment: 'GoldMembers', threshold: '1.5' }, h.receiver.urlFor('x'))).status).toBe(400);
    expect((await h.subscribe('processcompleted', { includingManualRefreshes: 'maybe' }, h.receiver.urlFor('x'))).status).toBe(400);
    const offList = await h.subscribe('fullrefreshcompleted', {}, 'https://evil.example.com/hook?sig=1');
    expect(offList.status).toBe(400);
    expect(offList.body).toContain('allow-list');
    expect(offList.body).not.toContain('sig=1');
    expect((await h.subscribe('fullrefreshcompleted', {}, 'ftp://127.0.0.1/x')).status).toBe(400);
    // The watched segment or measure must exist, and a measure have a single value.
    const missing = await h.subscribe('segmentthresholdcrossed', { segment: 'NoSuchSegment', threshold: '5' }, h.receiver.urlFor('x'));
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('NoSuchSegment');
    expect((await h.subscribe('measurethresholdcrossed', { measure: 'PointsEarnedByTier', threshold: '5' }, h.receiver.urlFor('x'))).status).toBe(400);
    expect((await h.subscribe('processcompleted', { process: 'Segments' }, h.receiver.urlFor('x'))).status).toBe(400);
    expect(await h.store.list()).toEqual([]);
  });
});

describe('delivery', () => {
  test('a callback answering 410 drops the subscription', async () => {
    await subscribeSegment('GoldMembers', 500, 'gone');
    await h.gateway.triggers.pollNow(LOYALTY);
    h.receiver.answer('gone', 410);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('gone')).toHaveLength(1);
    expect(await h.store.list()).toEqual([]);
  });

  test('a failed delivery is sent again with the same idempotency key, and the mark moves only once it is accepted', async () => {
    await subscribeSegment('GoldMembers', 500, 'flaky');
    await h.gateway.triggers.pollNow(LOYALTY);
    h.receiver.answer('flaky', 503);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    await h.gateway.triggers.pollNow(LOYALTY);
    h.receiver.answer('flaky', 202);
    await h.gateway.triggers.pollNow(LOYALTY);
    await h.gateway.triggers.pollNow(LOYALTY);
    const attempts = h.receiver.on('flaky');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.headers['idempotency-key']).toBe(attempts[1]!.headers['idempotency-key']);
    expect(attempts[1]!.body).toEqual(attempts[0]!.body);
  });

  test('callback URLs never reach the log: scheme, host and a hash only', async () => {
    await subscribeSegment('GoldMembers', 500, 'logged');
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    await h.gateway.triggers.pollNow(LOYALTY);
    const log = h.logLines.join('\n');
    expect(log).toContain('"event":"delivery"');
    expect(log).toContain('"target":"http://127.0.0.1:');
    expect(log).not.toContain('callback-secret');
    expect(log).not.toContain('/hook/');
  });
});

describe('job and data source triggers', () => {
  test('full refresh: scheduled runs fire, manual runs do not', async () => {
    await h.subscribe('fullrefreshcompleted', {}, h.receiver.urlFor('full'));
    await h.gateway.triggers.pollNow(LOYALTY); // the sample's own full refresh is the baseline
    later();
    h.fake.control.runJob(LOYALTY, { operationType: 'all', submissionKind: 'manual' });
    later();
    h.fake.control.runJob(LOYALTY, { operationType: 'all', submissionKind: 'scheduled', tasks: [{ operationType: 'ingestion' }, { operationType: 'segmentation', status: 'failed' }] });
    await h.gateway.triggers.pollNow(LOYALTY);
    await h.gateway.triggers.pollNow(LOYALTY);
    const bodies = h.receiver.on('full').map((n) => n.body);
    expect(bodies).toEqual([
      { NumberOfFailedTasks: 1, StartTime: expect.any(String), EndTime: expect.any(String), Duration: 0, Status: 'Successful', StatusPage: expect.stringContaining(LOYALTY) },
    ]);
  });

  test('process: the named process, scheduled only unless includingManualRefreshes', async () => {
    await h.subscribe('processcompleted', { process: 'Segmentation' }, h.receiver.urlFor('scheduled'));
    await h.subscribe('processcompleted', { process: 'segmentation', includingManualRefreshes: 'true' }, h.receiver.urlFor('manual'));
    await h.subscribe('processcompleted', {}, h.receiver.urlFor('any'));
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.runJob(LOYALTY, { operationType: 'segmentation', submissionKind: 'manual' });
    later();
    h.fake.control.runJob(LOYALTY, { operationType: 'measures', submissionKind: 'scheduled' });
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('scheduled')).toHaveLength(0);
    expect(h.receiver.on('manual')).toHaveLength(1);
    expect(h.receiver.on('any')).toHaveLength(1); // the scheduled measures job; the manual one is excluded
    expect(h.receiver.on('manual')[0]!.body).toMatchObject({ Status: 'Successful', Duration: 0 });
  });

  test('data source refresh completed and failed', async () => {
    await h.subscribe('datasourcerefreshcompleted', {}, h.receiver.urlFor('done'));
    await h.subscribe('datasourcerefreshfailed', {}, h.receiver.urlFor('failed'));
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.refreshDataSource(LOYALTY, 'AnnexLoyalty', 'success');
    later();
    h.fake.control.refreshDataSource(LOYALTY, 'PosPurchases', 'failure');
    await h.gateway.triggers.pollNow(LOYALTY);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('done')).toHaveLength(1);
    expect(h.receiver.on('failed')).toHaveLength(1);
    const [failure] = (h.receiver.on('failed')[0]!.body as { value: Record<string, unknown>[] }).value;
    expect(failure).toMatchObject({ Operation: 'Ingestion', ErrorCode: 'DataSourceRefreshFailed', ErrorSeverity: 'Error' });
    expect(String(failure!['ErrorMessage'])).toContain('PosPurchases');
    const [done] = (h.receiver.on('done')[0]!.body as { value: Record<string, unknown>[] }).value;
    expect(done).not.toHaveProperty('ErrorCode');
  });

  test('measure threshold: an upward crossing of a scalar measure', async () => {
    await h.subscribe('measurethresholdcrossed', { measure: 'TransactionCount', threshold: '200.5' }, h.receiver.urlFor('m'));
    await h.gateway.triggers.pollNow(LOYALTY);
    later();
    h.fake.control.evaluateMeasure(LOYALTY, 'TransactionCount', 250);
    await h.gateway.triggers.pollNow(LOYALTY);
    await h.gateway.triggers.pollNow(LOYALTY);
    expect(h.receiver.on('m').map((n) => n.body)).toEqual([
      { Name: 'TransactionCount', DisplayName: expect.any(String), EvaluationDate: expect.any(String), Value: 250, ValueDisplayName: '250', Threshold: 200.5 },
    ]);
  });
});
