/**
 * End to end over real HTTP: a connector call → the gateway (startGateway, its own socket) → the
 * fake REST API (its own socket). Every action and picker answers as the definition says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { defaultSubscriptionKey, defaultTestIdentity, makeTestToken, sampleInstanceIds, startFakeRestApi, type FakeRestApi } from '../mocks/index.js';
import { contractValidator } from '../mocks/testing/index.js';
import { parseConfig } from './config.js';
import { startGateway, type RunningGateway } from './index.js';
import { createLogger } from './log.js';
import type { SubscriptionStore } from './store/index.js';

const dataset = sampleInstanceIds.loyalty;
const token = makeTestToken(defaultTestIdentity);
const lines: string[] = [];
/** Retry-After waits the gateway asked for (recorded, so the test does not sleep through them). */
const waits: number[] = [];
let fake: FakeRestApi;
let gateway: RunningGateway;

beforeAll(async () => {
  fake = await startFakeRestApi();
  gateway = await startGateway({
    apiUrl: fake.url,
    store: 'sqlite::memory:',
    // The fake's data lake is on 127.0.0.1.
    config: parseConfig({ partitionHosts: ['127.0.0.1'] }),
    env: { CI_SUBSCRIPTION_KEY: defaultSubscriptionKey },
    credential: { getToken: async () => makeTestToken({ ...defaultTestIdentity, appid: 'app', roles: ['api.access'] }) },
    log: createLogger((line) => lines.push(line)),
    startPolling: false,
    upstream: { sleep: async (ms) => void waits.push(ms) },
  });
});
afterAll(async () => {
  await gateway?.close();
  await fake?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function call(method: string, path: string, init: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  const bearer = init.token === undefined ? token : init.token;
  if (bearer !== null) headers['authorization'] = `Bearer ${bearer}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(gateway.url + path, { method, headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}

const schemas = new Map<string, Record<string, unknown>>();
async function violations(method: string, path: string, answer: Answer): Promise<string[]> {
  const validator = contractValidator();
  const url = gateway.url + path;
  const { dataset: d, table: t } = validator.match(method, url)?.params ?? {};
  if (d && t) {
    for (const shape of ['item', 'list'] as const) {
      if (!schemas.has(`${d}/${t}/${shape}`)) schemas.set(`${d}/${t}/${shape}`, (await call('GET', `/datasets/${d}/tables/${t}/schema?shape=${shape}`)).json.schema);
    }
  }
  return validator.validateResponse({ method, url, status: answer.status, headers: answer.headers, body: answer.text }, (a, b, shape) => schemas.get(`${a}/${b}/${shape}`) ?? {});
}

describe('connector → gateway → REST API, over HTTP', () => {
  it('answers every action and picker as the definition says', async () => {
    const customers = await call('GET', `/datasets/${dataset}/tables/Customer/items?$top=2`);
    const customerId = customers.json.value[0].CustomerId as string;
    const partition = (await call('GET', `/datasets/${dataset}/tables/Customer/partitions`)).json[0].Name as string;
    const cases: [string, string, number, unknown?][] = [
      ['GET', '/datasets', 200],
      ['GET', `/datasets/${dataset}/tables`, 200],
      ['GET', `/datasets/${dataset}/lookups/entities`, 200],
      ['GET', `/datasets/${dataset}/tables/Customer/schema`, 200],
      ['GET', `/datasets/${dataset}/tables/Customer/items?$top=2&$select=CustomerId,FirstName`, 200],
      ['GET', `/datasets/${dataset}/tables/Customer/items/${customerId}`, 200],
      ['POST', `/datasets/${dataset}/tables/UnifiedActivity/items`, 201, { ActivityId: 'e2e-1', CustomerId: customerId, ActivityType: 'LoyaltyActivity', ActivityTime: '2026-01-15T10:00:00Z' }],
      ['PATCH', `/datasets/${dataset}/tables/Customer/items/${customerId}`, 200, { CurrentTier: 'Gold' }],
      ['GET', `/datasets/${dataset}/tables/Customer/partitions`, 200],
      ['GET', `/v2/datasets/${dataset}/tables/Customer/partitions`, 200],
      ['GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${partition}&maxResults=3`, 200],
      ['GET', `/datasets/${dataset}/lookups/measures`, 200],
      ['GET', `/datasets/${dataset}/lookups/segments`, 200],
      ['GET', `/datasets/${dataset}/lookups/processes`, 200],
      ['GET', `/datasets/${dataset}/lookups/reporttypes`, 501],
      ['POST', `/datasets/${dataset}/statusreports/Daily`, 501],
      ['POST', `/v2/datasets/${dataset}/statusreports/Daily`, 501],
    ];
    for (const [method, path, status, body] of cases) {
      const answer = await call(method, path, body === undefined ? {} : { body });
      expect([method, path, answer.status]).toEqual([method, path, status]);
      expect(await violations(method, path, answer), `${method} ${path}`).toEqual([]);
      if (status === 200 && method === 'GET' && !path.includes('/partitions')) expect(answer.json.value ?? answer.json, path).not.toEqual([]);
    }
    const updated = await call('GET', `/datasets/${dataset}/tables/Customer/items/${customerId}`);
    expect(updated.json.CurrentTier).toBe('Gold');
  });

  it("works through the package's typed client, paging all items", async () => {
    const client = createClient({ baseUrl: gateway.url, token });
    const { data, error } = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', { params: { path: { dataset, table: 'UnifiedActivity', id: 'e2e-1' } } });
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ ActivityId: 'e2e-1' });
    const all = await client.getAllItems({ dataset, table: 'Customer', $select: 'CustomerId' });
    expect(all.error).toBeUndefined();
    expect(all.data).toHaveLength(250);
  });

  it('answers a bad token with 401 from upstream, and no token with 401 at once', async () => {
    const bad = await call('GET', `/datasets/${dataset}/tables`, { token: makeTestToken({ ...defaultTestIdentity, expiresInSeconds: -60 }) });
    expect(bad.status).toBe(401);
    expect(bad.json.error.message).toMatch(/401/);
    const before = fake.calls.length;
    const none = await call('GET', `/datasets/${dataset}/tables`, { token: null });
    expect(none.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('retries a 429 from upstream after its Retry-After', async () => {
    fake.control.failNext({ method: 'GET', path: /\/manage\/segments$/ }, { status: 429, retryAfterSeconds: 1 });
    const before = fake.calls.length;
    waits.length = 0;
    const answer = await call('GET', `/datasets/${dataset}/lookups/segments`);
    expect(answer.status).toBe(200);
    expect(waits).toEqual([1000]);
    expect(fake.calls.slice(before).map((c) => c.path)).toEqual([`/instances/${dataset}/manage/segments`, `/instances/${dataset}/manage/segments`]);
  });

  it('logs one JSON line per request with the caller-supplied correlation id, and never a token or key', async () => {
    lines.length = 0;
    const answer = await call('GET', '/datasets', { headers: { 'x-ms-client-request-id': 'client-req-42' } });
    expect(answer.headers.get('x-correlation-id')).toBe('client-req-42');
    const records = lines.map((l) => JSON.parse(l));
    expect(records.filter((r) => r.event === 'request')).toEqual([expect.objectContaining({ correlationId: 'client-req-42', method: 'GET', path: '/datasets', status: 200 })]);
    expect(records.filter((r) => r.event === 'upstream')).toEqual([expect.objectContaining({ correlationId: 'client-req-42', status: 200 })]);
    const random = await call('GET', '/datasets', { headers: { 'x-correlation-id': 'bad id with spaces' } });
    expect(random.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).not.toContain(defaultSubscriptionKey);
  });

  it('answers /healthz, and /readyz from the store and the credentials', async () => {
    expect((await call('GET', '/healthz', { token: null })).json).toEqual({ status: 'ok' });
    const ready = await call('GET', '/readyz', { token: null });
    expect(ready.json.checks.store).toEqual({ ok: true });
    expect(ready.status).toBe(ready.json.checks.credentials.ok ? 200 : 503);
    const unknown = await call('GET', '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('OperationNotFound');
  });

  it('is not ready when the store cannot be reached', async () => {
    const store = gateway.store;
    const broken = new Proxy(store, {
      get: (target, name) => (name === 'ping' ? async () => Promise.reject(new Error('disk gone')) : (Reflect.get(target, name) as unknown)),
    }) as SubscriptionStore;
    const second = await startGateway({ apiUrl: fake.url, store: broken, env: {}, credential: null, log: createLogger(() => {}), startPolling: false });
    try {
      const ready = await fetch(`${second.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as any).checks.store).toEqual({ ok: false, reason: 'the subscription store is not reachable: disk gone' });
    } finally {
      await second.close();
    }
  });
});
