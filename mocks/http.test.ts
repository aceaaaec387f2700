/** The same handlers over real HTTP on localhost: node:http (serveBackend) and @mswjs/http-middleware. */
import type { AddressInfo } from 'node:net';
import { createServer } from '@mswjs/http-middleware';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from './backend.js';
import { sampleInstanceIds } from './data/index.js';
import { serveBackend, type ServedBackend } from './http.js';
import { createManualClock } from './store/clock.js';
import { contractValidator } from './testing/index.js';

const d = `/datasets/${sampleInstanceIds.loyalty}`;
const auth = { authorization: 'Bearer local-connection' };

describe('serveBackend (node:http)', () => {
  const backend = createBackend({ clock: createManualClock() });
  let served: ServedBackend;
  beforeAll(async () => {
    served = await serveBackend(backend);
  });
  afterAll(() => served.close());

  it('serves the operations on 127.0.0.1', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${served.url}/datasets`, { headers: auth });
    expect(response.status).toBe(200);
    expect((await response.json()).value).toHaveLength(2);
    const id = String(backend.store.instance(sampleInstanceIds.loyalty).table('Customer').all()[7]!['CustomerId']);
    const items = await fetch(`${served.url}${d}/tables/Customer/items?$filter=${encodeURIComponent(`CustomerId eq '${id}'`)}`, { headers: auth });
    expect((await items.json()).value[0].CustomerId).toBe(id);
    // V1 and V2 partitions share a suffix; each must reach its own handler.
    const v1 = await (await fetch(`${served.url}${d}/tables/Customer/partitions`, { headers: auth })).json();
    const v2 = await (await fetch(`${served.url}/v2${d}/tables/Customer/partitions`, { headers: auth })).json();
    expect(Array.isArray(v1)).toBe(true);
    expect(v2.Header).toMatch(/^CustomerId,/);
  });

  it('answers subscriptions with a Location on the served origin, and accepts DELETE on it', async () => {
    const response = await fetch(`${served.url}${d}/subscriptions/fullrefreshcompleted`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl: 'http://127.0.0.1:9/callback' }),
    });
    expect(response.status).toBe(201);
    const location = response.headers.get('location')!;
    expect(location.startsWith(`${served.url}/subscriptions/`)).toBe(true);
    expect((await fetch(location, { method: 'DELETE', headers: auth })).status).toBe(200);
  });

  it('keeps error statuses and OData bodies: 401, 404 for unknown routes, 413 for big bodies, 400 for bad JSON', async () => {
    expect((await fetch(`${served.url}/datasets`)).status).toBe(401);
    const unknown = await fetch(`${served.url}/nothing`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NotFound', message: 'No operation of the connector answers GET /nothing' } });
    const big = await fetch(`${served.url}${d}/tables/Customer/items`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ FirstName: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PayloadTooLarge');
    const bad = await fetch(`${served.url}${d}/tables/Customer/items`, { method: 'POST', headers: auth, body: '{' });
    expect(bad.status).toBe(400);
    const malformed = await fetch(`${served.url}${d}/tables/Customer/items/%E0%A4%A`, { headers: auth });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('InvalidUrl');
  });
});

describe('served responses', () => {
  const backend = createBackend({ clock: createManualClock() });
  let served: ServedBackend;
  beforeAll(async () => {
    served = await serveBackend(backend);
  });
  afterAll(() => served.close());

  it('honour the definition over real HTTP too', async () => {
    const validator = contractValidator();
    const schemaOf = (dataset: string, table: string, shape: 'item' | 'list') => backend.store.instance(dataset).table(table).schema(shape);
    const paths = [
      '/datasets',
      `${d}/tables`,
      `${d}/lookups/entities`,
      `${d}/lookups/measures`,
      `${d}/tables/AnnexLoyalty_Member/schema?shape=list`,
      `${d}/tables/AnnexLoyalty_Member/items?$top=20`,
      `${d}/tables/UnifiedActivity/items?$top=5&$select=ActivityId,Points`,
      `${d}/tables/Customer/partitions`,
      `/v2${d}/tables/Customer/partitions`,
      `${d}/tables/Customer/partitiondata?partitionUri=Customer-part-00001&maxResults=7`,
      `${d}/tables/Nope/items`,
    ];
    for (const path of paths) {
      const response = await fetch(`${served.url}${path}`, { headers: auth });
      const body = await response.text();
      const problems = validator.validateResponse({ method: 'GET', url: `${served.url}${path}`, status: response.status, headers: response.headers, body }, schemaOf);
      expect(problems, path).toEqual([]);
    }
  });
});

describe('@mswjs/http-middleware', () => {
  const backend = createBackend({ clock: createManualClock() });
  let server: ReturnType<ReturnType<typeof createServer>['listen']>;
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = createServer(...backend.handlers).listen(0, '127.0.0.1', () => resolve());
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('matches the origin-agnostic handlers on localhost', async () => {
    const response = await fetch(`${url}/v2${d}/tables/Customer/partitions`, { headers: auth });
    expect(response.status).toBe(200);
    expect((await response.json()).Partitions).toHaveLength(3);
    const created = await fetch(`${url}${d}/tables/UnifiedActivity/items`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ CustomerId: 'c1', ActivityType: 'Note', Subject: 'Called the member' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(new RegExp(`^${url}${d}/tables/UnifiedActivity/items/[0-9a-f]{32}$`));
  });
});
