/**
 * `insights-connector serve` end to end, over real sockets: the server from scripts/serve on a free
 * port of 127.0.0.1, a webhook receiver on another, and plain fetch between them. No msw
 * interception is installed in this process, so every notification is a real HTTP POST.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../mocks/index.js';
import { startCallbackReceiver, type CallbackReceiver } from '../../scripts/serve/callback-receiver.js';
import { fingerprint } from '../../scripts/serve/connection.js';
import { redactUrl } from '../../scripts/serve/redact-url.js';
import { call, LOYALTY, SANDBOX, startTestServer } from './serve-helpers.js';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const customers = `/datasets/${LOYALTY}/tables/Customer/items`;

describe('serve: the connector API over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Throttling has its own tests below; here it would only count the calls.
    server = await startTestServer({ throttle: false });
  });
  afterAll(() => server?.close());

  it('answers the pickers: instances, entities, measures, segments, processes, report types', async () => {
    const instances = await call(server.url, '/datasets');
    expect(instances.json.value.map((i: { Name: string }) => i.Name)).toEqual([LOYALTY, SANDBOX]);
    for (const lookup of ['entities', 'measures', 'segments', 'processes', 'reporttypes']) {
      const answer = await call(server.url, `/datasets/${LOYALTY}/lookups/${lookup}`);
      expect(answer.status, lookup).toBe(200);
      expect(answer.json.value.length, lookup).toBeGreaterThan(0);
      for (const entry of answer.json.value) expect(entry).toMatchObject({ Name: expect.any(String), DisplayName: expect.any(String) });
    }
    const segments = await call(server.url, `/datasets/${LOYALTY}/lookups/segments`);
    expect(segments.json.value).toContainEqual({ Name: 'GoldMembers', DisplayName: 'Gold tier members' });
  });

  it('lists the entities and describes an entity for the dynamic schema', async () => {
    const tables = await call(server.url, `/datasets/${LOYALTY}/tables`);
    expect(tables.status).toBe(200);
    expect(tables.json.value.map((t: { Name: string }) => t.Name)).toEqual(expect.arrayContaining(['Customer', 'UnifiedActivity', 'Segments']));
    const schema = await call(server.url, `/datasets/${LOYALTY}/tables/Customer/schema`);
    expect(schema.status).toBe(200);
    expect(schema.json.schema.properties.CustomerId).toMatchObject({ type: 'string' });
  });

  it('reads items with $filter, $select, $top and $skip', async () => {
    const all = await call(server.url, `${customers}?$top=10`);
    expect(all.status).toBe(200);
    expect(all.json.value).toHaveLength(10);

    const page = await call(server.url, `${customers}?$top=5&$skip=5`);
    expect(page.json.value).toEqual(all.json.value.slice(5, 10));

    const id = all.json.value[3].CustomerId as string;
    const filter = encodeURIComponent(`CustomerId eq '${id}'`);
    const one = await call(server.url, `${customers}?$filter=${filter}&$select=CustomerId,FullName,City`);
    expect(one.status).toBe(200);
    expect(one.json.value).toEqual([{ CustomerId: id, FullName: all.json.value[3].FullName, City: all.json.value[3].City }]);

    const none = await call(server.url, `${customers}?$filter=${encodeURIComponent("CustomerId eq 'no-such-customer'")}`);
    expect(none.json.value).toEqual([]);
  });

  it('gets one item by its key', async () => {
    const first = (await call(server.url, `${customers}?$top=1`)).json.value[0];
    const item = await call(server.url, `${customers}/${first.CustomerId}`);
    expect(item.status).toBe(200);
    expect(item.json).toEqual(first);
  });

  it('creates an item (201 + Location that reads it back) and updates it', async () => {
    const created = await call(server.url, customers, {
      body: { CustomerId: 'e2e00000000000000000000000000001', FirstName: 'Erin', LastName: 'Example', City: 'Seattle', AvailablePoints: 10 },
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toBe(`${server.url}${customers}/e2e00000000000000000000000000001`);
    const read = await call(location, '');
    expect(read.json).toMatchObject({ CustomerId: 'e2e00000000000000000000000000001', FirstName: 'Erin' });

    const updated = await call(location, '', { method: 'PATCH', body: { AvailablePoints: 250 } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ FirstName: 'Erin', AvailablePoints: 250 });
    expect((await call(location, '')).json.AvailablePoints).toBe(250);

    const duplicate = await call(server.url, customers, { body: { CustomerId: 'e2e00000000000000000000000000001', FirstName: 'Again' } });
    expect(duplicate.status).toBe(409);
  });

  it('lists partitions (V1 and V2) and reads partition data from an offset', async () => {
    const partitions = await call(server.url, `/datasets/${LOYALTY}/tables/Customer/partitions`);
    expect(partitions.status).toBe(200);
    expect(partitions.json.length).toBeGreaterThan(0);
    const first = partitions.json[0];
    expect(first.DynamicProperties.location).toMatch(/^https:\/\//);

    const v2 = await call(server.url, `/v2/datasets/${LOYALTY}/tables/Customer/partitions`);
    expect(v2.status).toBe(200);
    expect(v2.json.Partitions.map((p: { Name: string }) => p.Name)).toEqual(partitions.json.map((p: { Name: string }) => p.Name));

    const uri = encodeURIComponent(first.DynamicProperties.location);
    const data = await call(server.url, `/datasets/${LOYALTY}/tables/Customer/partitiondata?partitionUri=${uri}&maxResults=3&select=CustomerId,City`);
    expect(data.status).toBe(200);
    expect(data.json.Items).toHaveLength(3);
    expect(Object.keys(data.json.Items[0]).sort()).toEqual(['City', 'CustomerId']);
    const next = await call(server.url, `/datasets/${LOYALTY}/tables/Customer/partitiondata?partitionUri=${uri}&maxResults=3&offsetStart=${data.json.OffsetEnd}`);
    expect(next.json.OffsetStart).toBe(data.json.OffsetEnd);
    expect(next.json.Items[0].CustomerId).not.toBe(data.json.Items[2].CustomerId);
  });

  it('accepts status reports (202)', async () => {
    const report = await call(server.url, `/datasets/${LOYALTY}/statusreports/RefreshStatus`, { body: {} });
    expect(report.status).toBe(202);
    const v2 = await call(server.url, `/v2/datasets/${LOYALTY}/statusreports/RefreshStatus`, { body: {} });
    expect(v2.status).toBe(202);
  });

  describe('bad input gets the documented errors', () => {
    const cases: [string, string, Parameters<typeof call>[2], number, string][] = [
      ['no bearer token', '/datasets', { token: null }, 401, 'Unauthorized'],
      ['a malformed Authorization header', '/datasets', { token: null, headers: { authorization: 'Basic abc' } }, 401, 'Unauthorized'],
      ['an unknown instance', '/datasets/no-such-instance/tables', {}, 404, 'InstanceNotFound'],
      ['an unknown entity', `/datasets/${LOYALTY}/tables/Nope/items`, {}, 404, 'EntityNotFound'],
      ['an unknown item', `${customers}/no-such-customer`, {}, 404, 'ItemNotFound'],
      ['an invalid $filter', `${customers}?$filter=${encodeURIComponent('CustomerId eq')}`, {}, 400, 'InvalidFilter'],
      ['a $filter on a field that is not filterable', `${customers}?$filter=${encodeURIComponent("FirstName eq 'Ada'")}`, {}, 400, 'FieldNotFilterable'],
      ['a $top that is not a number', `${customers}?$top=ten`, {}, 400, 'InvalidQuery'],
      ['a $select of an unknown field', `${customers}?$select=Nope`, {}, 400, 'InvalidQuery'],
      ['an item body with an unknown field', customers, { body: { CustomerId: 'x1', Colour: 'blue' } }, 400, 'InvalidItem'],
      ['an item body that is not JSON', customers, { body: '{not json' }, 400, 'InvalidJson'],
      ['a subscription without a callback URL', `/datasets/${LOYALTY}/subscriptions/fullrefreshcompleted`, { body: {} }, 400, 'InvalidSubscription'],
      ['a segment subscription without a threshold', `/datasets/${LOYALTY}/subscriptions/segmentthresholdcrossed?segment=GoldMembers`, { body: { callbackUrl: 'http://127.0.0.1:9/x' } }, 400, 'MissingParameter'],
      ['a path that is no operation', '/datasets/x/nothing-here', {}, 404, 'OperationNotFound'],
      ['deleting an unknown subscription', '/subscriptions/no-such-subscription', { method: 'DELETE' }, 404, 'SubscriptionNotFound'],
    ];
    for (const [name, path, options, status, code] of cases) {
      it(`${name}: ${status} ${code}`, async () => {
        const answer = await call(server.url, path, options);
        expect(answer.status).toBe(status);
        expect(answer.json).toEqual({ error: { code, message: expect.any(String) } });
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      });
    }

    it('a malformed percent-encoding or a request target that is not a path: 400, not 500', async () => {
      const malformed = await call(server.url, `/datasets/${LOYALTY}/tables/Customer/items/%E0%A4%A`);
      expect(malformed.status).toBe(400);
      expect(malformed.json.error.code).toBe('InvalidUrl');
      // The asterisk form of OPTIONS: no URL can be built from it.
      const raw = await rawRequest(server.port, `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(raw).toContain('"code": "InvalidUrl"');
    });

    it('a body over 1 MiB: 413', async () => {
      const answer = await call(server.url, customers, { body: JSON.stringify({ FirstName: 'x'.repeat(1024 * 1024 + 10) }) });
      expect(answer.status).toBe(413);
      expect(answer.json.error.code).toBe('PayloadTooLarge');
    });
  });

  it('builds the Location from the Host the client used, or the X-Forwarded-* headers of a tunnel', async () => {
    const path = `/datasets/${LOYALTY}/subscriptions/fullrefreshcompleted`;
    const body = JSON.stringify({ callbackUrl: 'http://127.0.0.1:9/unused' });
    // node:http, because fetch does not let a caller choose the Host header.
    const viaHost = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { host: `localhost:${server.port}`, authorization: 'Bearer e2e-token', 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.headers.location);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(viaHost).toMatch(new RegExp(`^http://localhost:${server.port}/subscriptions/[0-9a-f-]+$`));

    const viaTunnel = await call(server.url, path, { body, headers: { 'x-forwarded-host': 'tunnel.example.com', 'x-forwarded-proto': 'https' } });
    expect(viaTunnel.status).toBe(201);
    expect(viaTunnel.headers.get('location')).toMatch(/^https:\/\/tunnel\.example\.com\/subscriptions\/[0-9a-f-]+$/);

    for (const location of [viaHost!, viaTunnel.headers.get('location')!]) {
      expect((await call(server.url, `/subscriptions/${location.split('/').at(-1)}`, { method: 'DELETE' })).status).toBe(200);
    }
  });

  it('logs one line per request with a fingerprint of the token, never the token', async () => {
    server.log.length = 0;
    await call(server.url, '/datasets', { token: 'super-secret-token-value' });
    await call(server.url, '/datasets', { token: null });
    await call(server.url, '/_control/subscriptions', { token: null });
    expect(server.log).toHaveLength(3);
    expect(server.log[0]).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} GET /datasets 200 \\d+\\.\\dms connection=${fingerprint('super-secret-token-value')}$`));
    expect(server.log[1]).toMatch(/ GET \/datasets 401 \d+\.\dms connection=-$/);
    expect(server.log[2]).toMatch(/ GET \/_control\/subscriptions 200 \d+\.\dms connection=-$/);
    expect(server.log.join('\n')).not.toContain('super-secret');
  });
});

describe('serve: the control surface fires every trigger', () => {
  let server: TestServer;
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    server = await startTestServer({ throttle: false });
    receiver = await startCallbackReceiver({ port: 0 });
  });
  afterEach(async () => {
    // Each test starts without subscriptions, through the same DELETE the platform uses.
    for (const s of (await call(server.url, '/_control/subscriptions', { token: null })).json.value) {
      await call(server.url, `/subscriptions/${s.id}`, { method: 'DELETE' });
    }
  });
  afterAll(async () => {
    await receiver?.close();
    await server?.close();
  });

  async function subscribe(trigger: string, query = '', instance = LOYALTY, callbackUrl = receiver.url): Promise<string> {
    const answer = await call(server.url, `/datasets/${instance}/subscriptions/${trigger}${query}`, { body: { callbackUrl } });
    expect(answer.status, answer.text).toBe(201);
    return answer.headers.get('location')!.split('/').at(-1)!;
  }

  async function fire(path: string, body: unknown = {}) {
    const answer = await call(server.url, `/_control/instances/${LOYALTY}${path}`, { token: null, body });
    expect(answer.status, answer.text).toBe(200);
    return answer.json;
  }

  it('measure value crossing a threshold upward: MeasureData', async () => {
    const id = await subscribe('measurethresholdcrossed', '?measure=LoyaltyMembers&threshold=500');
    const fired = await fire('/measures/LoyaltyMembers/value', { value: 512.5 });
    expect(fired).toMatchObject({ event: 'measureValueChanged', notified: 1, deliveries: [{ subscriptionId: id, status: 200 }] });
    const received = await receiver.next();
    expect(received.body).toMatchObject({ Name: 'LoyaltyMembers', Value: 512.5, Threshold: 500, ValueDisplayName: expect.stringContaining('512.5') });
  });

  it('data source refresh: completed and failed go to their own subscriptions', async () => {
    const completed = await subscribe('datasourcerefreshcompleted');
    const failed = await subscribe('datasourcerefreshfailed');

    const ok = await fire('/datasources/AnnexLoyalty/refresh');
    expect(ok).toMatchObject({ event: 'dataSourceRefreshCompleted', notified: 1, deliveries: [{ subscriptionId: completed }] });
    const okPayload = (await receiver.next()).body as { value: Record<string, unknown>[] };
    expect(okPayload.value[0]).toMatchObject({ Operation: 'Ingestion', RefreshType: 'Full' });
    expect(okPayload.value[0]).not.toHaveProperty('ErrorCode');

    const bad = await fire('/datasources/AnnexLoyalty/refresh', { failed: true, errorMessage: 'The source file was empty' });
    expect(bad).toMatchObject({ event: 'dataSourceRefreshFailed', notified: 1, deliveries: [{ subscriptionId: failed }] });
    const badPayload = (await receiver.next()).body as { value: Record<string, unknown>[] };
    expect(badPayload.value[0]).toMatchObject({ ErrorMessage: 'The source file was empty', ErrorCode: expect.any(String) });
  });

  it('full refresh: a scheduled one notifies, a manual one does not', async () => {
    await subscribe('fullrefreshcompleted');
    const scheduled = await fire('/fullrefresh', { failedTasks: 2 });
    expect(scheduled.notified).toBe(1);
    expect((await receiver.next()).body).toMatchObject({ NumberOfFailedTasks: 2, Status: 'Failed', StatusPage: expect.any(String) });
    const manual = await fire('/fullrefresh', { manual: true });
    expect(manual.notified).toBe(0);
  });

  it('process completed: manual runs reach only includingManualRefreshes=true subscriptions', async () => {
    const any = await subscribe('processcompleted', '?process=Match');
    const withManual = await subscribe('processcompleted', '?process=Match&includingManualRefreshes=true');
    const scheduled = await fire('/processes/Match/complete', { manual: false });
    expect(scheduled.deliveries.map((d: { subscriptionId: string }) => d.subscriptionId).sort()).toEqual([any, withManual].sort());
    await receiver.next();
    await receiver.next();
    const manual = await fire('/processes/Match/complete', { manual: true, status: 'Successful' });
    expect(manual.deliveries.map((d: { subscriptionId: string }) => d.subscriptionId)).toEqual([withManual]);
    expect((await receiver.next()).body).toMatchObject({ Status: 'Successful', Duration: expect.any(Number) });
  });

  it('only the instance a subscription belongs to is notified', async () => {
    await subscribe('fullrefreshcompleted', '', SANDBOX);
    const fired = await fire('/fullrefresh');
    expect(fired.notified).toBe(0);
  });

  it('an unreachable callback is reported in the answer, not a hang or a 500', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = await startCallbackReceiver({ port: 0 });
    const deadUrl = closed.url;
    await closed.close();
    await subscribe('segmentthresholdcrossed', '?segment=PlatinumMembers&threshold=100', LOYALTY, deadUrl);
    const fired = await fire('/segments/PlatinumMembers/count', { count: 200 });
    expect(fired.notified).toBe(1);
    expect(fired.deliveries[0]).toMatchObject({ callbackUrl: redactUrl(deadUrl), error: expect.any(String) });
    expect(fired.deliveries[0]).not.toHaveProperty('status');
  });

  describe('bad control requests', () => {
    const cases: [string, string, string, unknown, number, string][] = [
      ['an unknown segment', 'POST', `/_control/instances/${LOYALTY}/segments/Nope/count`, { count: 1 }, 404, 'SegmentNotFound'],
      ['an unknown instance', 'POST', '/_control/instances/nope/fullrefresh', {}, 404, 'InstanceNotFound'],
      ['an unknown data source', 'POST', `/_control/instances/${LOYALTY}/datasources/Nope/refresh`, {}, 404, 'DataSourceNotFound'],
      ['an unknown process', 'POST', `/_control/instances/${LOYALTY}/processes/Nope/complete`, {}, 404, 'ProcessNotFound'],
      ['a missing count', 'POST', `/_control/instances/${LOYALTY}/segments/GoldMembers/count`, {}, 400, 'InvalidControlRequest'],
      ['a negative count', 'POST', `/_control/instances/${LOYALTY}/segments/GoldMembers/count`, { count: -1 }, 400, 'InvalidControlRequest'],
      ['a count that is a string', 'POST', `/_control/instances/${LOYALTY}/segments/GoldMembers/count`, { count: '12' }, 400, 'InvalidControlRequest'],
      ['a misspelt property', 'POST', `/_control/instances/${LOYALTY}/datasources/AnnexLoyalty/refresh`, { faild: true }, 400, 'InvalidControlRequest'],
      ['a body that is not JSON', 'POST', `/_control/instances/${LOYALTY}/fullrefresh`, '{oops', 400, 'InvalidControlRequest'],
      ['an unknown endpoint', 'POST', '/_control/nothing', {}, 404, 'ControlEndpointNotFound'],
      ['GET on an event endpoint', 'GET', `/_control/instances/${LOYALTY}/fullrefresh`, undefined, 405, 'MethodNotAllowed'],
    ];
    for (const [name, method, path, body, status, code] of cases) {
      it(`${name}: ${status} ${code}`, async () => {
        const answer = await call(server.url, path, { method, token: null, ...(body !== undefined ? { body } : {}) });
        expect(answer.status).toBe(status);
        expect(answer.json).toEqual({ error: { code, message: expect.any(String) } });
      });
    }

    it('names the offending properties in the message', async () => {
      const answer = await call(server.url, `/_control/instances/${LOYALTY}/datasources/AnnexLoyalty/refresh`, { token: null, body: { faild: true } });
      expect(answer.json.error.message).toContain("unknown property 'faild'");
      expect(answer.json.error.message).toContain('failed');
    });
  });

  it('GET /_control lists every endpoint and the instances', async () => {
    const index = await call(server.url, '/_control', { token: null });
    expect(index.status).toBe(200);
    expect(index.json.instances.map((i: { id: string }) => i.id)).toEqual([LOYALTY, SANDBOX]);
    const urls = index.json.endpoints.map((e: { method: string; url: string }) => `${e.method} ${e.url.slice(server.url.length)}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'GET /_control/subscriptions',
        'POST /_control/instances/{instance}/segments/{segment}/count',
        'POST /_control/instances/{instance}/measures/{measure}/value',
        'POST /_control/instances/{instance}/datasources/{dataSource}/refresh',
        'POST /_control/instances/{instance}/fullrefresh',
        'POST /_control/instances/{instance}/processes/{process}/complete',
        'POST /_control/throttle/reset',
      ]),
    );
  });
});

describe('serve: throttling per connection', () => {
  let server: TestServer;
  let clock: ManualClock;
  beforeAll(async () => {
    clock = createManualClock();
    server = await startTestServer({ clock });
  });
  afterAll(() => server?.close());

  it('the 101st call within 60 s on one connection gets 429; another connection still succeeds', async () => {
    for (let i = 0; i < 100; i++) {
      const answer = await call(server.url, '/datasets', { token: 'connection-a' });
      expect(answer.status, `call ${i + 1}`).toBe(200);
      clock.advance(100);
    }
    const throttled = await call(server.url, '/datasets', { token: 'connection-a' });
    expect(throttled.status).toBe(429);
    expect(throttled.json.error.code).toBe('TooManyRequests');
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);

    expect((await call(server.url, '/datasets', { token: 'connection-b' })).status).toBe(200);
    // The control surface is not throttled.
    expect((await call(server.url, '/_control/subscriptions', { token: null })).status).toBe(200);

    // Once the window has moved past the first call, connection A may call again.
    clock.advance(60_000);
    expect((await call(server.url, '/datasets', { token: 'connection-a' })).status).toBe(200);
  });

  it('POST /_control/throttle/reset lets a throttled connection call again at once', async () => {
    for (let i = 0; i < 100; i++) await call(server.url, '/datasets', { token: 'connection-c' });
    expect((await call(server.url, '/datasets', { token: 'connection-c' })).status).toBe(429);
    expect((await call(server.url, '/_control/throttle/reset', { token: null, method: 'POST' })).json).toEqual({ reset: true });
    expect((await call(server.url, '/datasets', { token: 'connection-c' })).status).toBe(200);
  });
});

describe('serve: lifecycle', () => {
  it('port 0 picks a free port; a taken port is a ListenError naming it', async () => {
    const first = await startTestServer();
    try {
      expect(first.port).toBeGreaterThan(0);
      const { startServer, ListenError } = await import('../../scripts/serve/server.js');
      const error = await startServer({ port: first.port, log: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ListenError);
      expect((error as Error).message).toContain(`port ${first.port} on 127.0.0.1 is already in use`);
    } finally {
      await first.close();
    }
  });

  it('close() ends idle keep-alive connections and frees the port', async () => {
    const server = await startTestServer();
    // An idle keep-alive socket must not keep close() waiting.
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`GET /_control HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_500);
    socket.destroy();
    const again = await startTestServer();
    await again.close();
  });
});

/** Sends raw bytes and returns everything the server answers before closing the connection. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(text);
  });
}
