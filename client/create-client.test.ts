import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';
import { createClient } from './create-client.js';
import { createSimulatedClock } from './testing/simulated-clock.js';

const baseUrl = 'https://ci.test';
const itemsUrl = `${baseUrl}/datasets/:dataset/tables/:table/items`;
const limit = throttlingPolicies[0]!.calls;
const windowMs = throttlingPolicies[0]!.renewalPeriodSeconds * 1000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A token no other test uses, so the module-level pacer registry never carries budget across tests. */
let tokens = 0;
const freshToken = (): string => `token-${++tokens}-${Math.random().toString(36).slice(2)}`;

const getItems = (client: ReturnType<typeof createClient>) =>
  client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path: { dataset: 'ds', table: 'Customer' } } });

describe('createClient', () => {
  it('sends the token as a bearer token, whether given as a string, a function or a promise', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(itemsUrl, ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({ value: [] });
      }),
    );
    const clock = createSimulatedClock();
    await getItems(createClient({ baseUrl, token: 'plain', clock }));
    await getItems(createClient({ baseUrl, token: () => 'from-function', clock }));
    await getItems(createClient({ baseUrl, token: async () => 'from-promise', clock }));
    expect(seen).toEqual(['Bearer plain', 'Bearer from-function', 'Bearer from-promise']);
  });

  it('builds the request from typed parameters and returns typed data', async () => {
    let url: URL | undefined;
    server.use(
      http.get(itemsUrl, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ value: [{ CustomerId: 'c1' }] });
      }),
    );
    const client = createClient({ baseUrl, token: freshToken(), clock: createSimulatedClock() });
    const { data, error } = await client.GET('/datasets/{dataset}/tables/{table}/items', {
      params: { path: { dataset: 'ds', table: 'Customer' }, query: { $filter: "CustomerId eq 'c1'", $top: 5 } },
    });
    expect(error).toBeUndefined();
    expect(data?.value).toEqual([{ CustomerId: 'c1' }]);
    expect(url?.pathname).toBe('/datasets/ds/tables/Customer/items');
    expect(url?.searchParams.get('$filter')).toBe("CustomerId eq 'c1'");
    expect(url?.searchParams.get('$top')).toBe('5');
  });

  it('surfaces the OData error body of a failed call as a typed error, not an exception', async () => {
    server.use(
      http.get(`${baseUrl}/datasets/:dataset/tables/:table/items/:id`, () =>
        HttpResponse.json({ error: { code: 'ItemNotFound', message: 'No item c9.' } }, { status: 404 }),
      ),
    );
    const client = createClient({ baseUrl, token: freshToken(), clock: createSimulatedClock() });
    const { data, error, response } = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
      params: { path: { dataset: 'ds', table: 'Customer', id: 'c9' } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ error: { code: 'ItemNotFound', message: 'No item c9.' } });
  });

  it('gives a failure without an OData body (a proxy page, an empty body) the same error shape', async () => {
    server.use(
      http.get(itemsUrl, () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
      http.get(`${baseUrl}/datasets/:dataset/tables/:table/items/:id`, () => new HttpResponse(null, { status: 401 })),
    );
    const client = createClient({ baseUrl, token: freshToken(), clock: createSimulatedClock() });
    const gateway = await getItems(client);
    expect(gateway.response.status).toBe(502);
    expect(gateway.error).toEqual({ error: { code: 'BadGateway', message: 'HTTP 502 Bad Gateway: <html>Bad gateway</html>' } });
    const unauthorized = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
      params: { path: { dataset: 'ds', table: 'Customer', id: 'c1' } },
    });
    expect(unauthorized.error?.error.code).toBe('Unauthorized');
  });

  it('waits for Retry-After (seconds) on 429 and retries', async () => {
    const arrivals: number[] = [];
    const clock = createSimulatedClock(1_000_000);
    server.use(
      http.get(itemsUrl, () => {
        arrivals.push(clock.now());
        if (arrivals.length === 1) {
          return HttpResponse.json({ error: { code: 'TooManyRequests', message: 'Try again in 2 seconds.' } }, { status: 429, headers: { 'Retry-After': '2' } });
        }
        return HttpResponse.json({ value: [{ n: 1 }] });
      }),
    );
    const { data, error } = await getItems(createClient({ baseUrl, token: freshToken(), clock }));
    expect(error).toBeUndefined();
    expect(data?.value).toEqual([{ n: 1 }]);
    expect(arrivals).toEqual([1_000_000, 1_002_000]);
  });

  it('waits for Retry-After given as an HTTP date', async () => {
    const start = Date.parse('2026-01-15T09:00:00Z');
    const clock = createSimulatedClock(start);
    const arrivals: number[] = [];
    server.use(
      http.get(itemsUrl, () => {
        arrivals.push(clock.now());
        return arrivals.length === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'Thu, 15 Jan 2026 09:00:45 GMT' } })
          : HttpResponse.json({ value: [] });
      }),
    );
    const { error } = await getItems(createClient({ baseUrl, token: freshToken(), clock }));
    expect(error).toBeUndefined();
    expect(arrivals.map((t) => t - start)).toEqual([0, 45_000]);
  });

  it('re-sends the request body on a retry', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(itemsUrl, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } })
          : new HttpResponse(null, { status: 201 });
      }),
    );
    const client = createClient({ baseUrl, token: freshToken(), clock: createSimulatedClock() });
    const { error, response } = await client.POST('/datasets/{dataset}/tables/{table}/items', {
      params: { path: { dataset: 'ds', table: 'Customer' } },
      body: { CustomerId: 'c2', Name: 'Ada' },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(bodies).toEqual([
      { CustomerId: 'c2', Name: 'Ada' },
      { CustomerId: 'c2', Name: 'Ada' },
    ]);
  });

  it('gives up after the configured retries and returns the 429 as a typed error', async () => {
    let calls = 0;
    const clock = createSimulatedClock(0);
    server.use(
      http.get(itemsUrl, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3' } });
      }),
    );
    const { data, error, response } = await getItems(createClient({ baseUrl, token: freshToken(), clock, retry: { maxRetries: 2 } }));
    expect(data).toBeUndefined();
    expect(calls).toBe(3);
    expect(clock.now()).toBe(6_000);
    expect(response.status).toBe(429);
    expect(error?.error.code).toBe('TooManyRequests');
    expect(error?.error.message).toContain('Retry-After: 3');
  });

  it('does not wait for a Retry-After longer than it is allowed to', async () => {
    let calls = 0;
    const clock = createSimulatedClock(0);
    server.use(
      http.get(itemsUrl, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '3600' } });
      }),
    );
    const { error } = await getItems(createClient({ baseUrl, token: freshToken(), clock }));
    expect(calls).toBe(1);
    expect(clock.now()).toBe(0);
    expect(error?.error.code).toBe('TooManyRequests');
  });

  it('backs off when a 429 carries no Retry-After', async () => {
    const clock = createSimulatedClock(0);
    const arrivals: number[] = [];
    server.use(
      http.get(itemsUrl, () => {
        arrivals.push(clock.now());
        return arrivals.length < 3 ? new HttpResponse(null, { status: 429 }) : HttpResponse.json({ value: [] });
      }),
    );
    const { error } = await getItems(createClient({ baseUrl, token: freshToken(), clock }));
    expect(error).toBeUndefined();
    expect(arrivals).toEqual([0, 1_000, 3_000]);
  });

  it('asks for a fresh token on each attempt', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(itemsUrl, ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return seen.length === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }) : HttpResponse.json({ value: [] });
      }),
    );
    let issued = 0;
    const prefix = freshToken();
    const client = createClient({
      baseUrl,
      token: async () => `${prefix}-${++issued}`,
      clock: createSimulatedClock(),
    });
    await getItems(client);
    expect(seen).toEqual([`Bearer ${prefix}-1`, `Bearer ${prefix}-2`]);
  });

  it('paces itself: the first 100 calls go at once, the 101st when the first leaves the window', async () => {
    const clock = createSimulatedClock(0);
    const arrivals: number[] = [];
    server.use(
      http.get(itemsUrl, () => {
        arrivals.push(clock.now());
        return HttpResponse.json({ value: [] });
      }),
    );
    const client = createClient({ baseUrl, token: freshToken(), clock });
    const results = await Promise.all(Array.from({ length: limit + 1 }, () => getItems(client)));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(arrivals.slice(0, limit).every((t) => t === 0)).toBe(true);
    expect(arrivals[limit]).toBe(windowMs);
  });

  it('shares one budget between clients of the same connection, not across connections', async () => {
    const clock = createSimulatedClock(0);
    const arrivals: { token: string | null; at: number }[] = [];
    server.use(
      http.get(itemsUrl, ({ request }) => {
        arrivals.push({ token: request.headers.get('Authorization'), at: clock.now() });
        return HttpResponse.json({ value: [] });
      }),
    );
    const shared = freshToken();
    const other = freshToken();
    const first = createClient({ baseUrl, token: shared, clock });
    const second = createClient({ baseUrl, token: () => shared, clock });
    const third = createClient({ baseUrl, token: other, clock });
    for (let i = 0; i < limit; i++) await getItems(first);
    await Promise.all([getItems(second), getItems(third)]);
    expect(arrivals.at(-2)).toEqual({ token: `Bearer ${other}`, at: 0 });
    expect(arrivals.at(-1)).toEqual({ token: `Bearer ${shared}`, at: windowMs });
  });

  it('paces by connectionId when given, so a rotating token keeps one budget', async () => {
    const clock = createSimulatedClock(0);
    const arrivals: number[] = [];
    server.use(
      http.get(itemsUrl, () => {
        arrivals.push(clock.now());
        return HttpResponse.json({ value: [] });
      }),
    );
    let issued = 0;
    const client = createClient({ baseUrl, token: () => `rotating-${++issued}`, connectionId: freshToken(), clock });
    for (let i = 0; i <= limit; i++) await getItems(client);
    expect(issued).toBe(limit + 1);
    expect(arrivals.at(-1)).toBe(windowMs);
  });

  it('does not send a call whose caller aborted while it waited for a Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get(itemsUrl, () => {
        calls++;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '5' } });
      }),
    );
    const clock = createSimulatedClock(0);
    const controller = new AbortController();
    const client = createClient({ baseUrl, token: freshToken(), clock });
    const pending = client.GET('/datasets/{dataset}/tables/{table}/items', {
      params: { path: { dataset: 'ds', table: 'Customer' } },
      signal: controller.signal,
    });
    await clock.sleep(1_000);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it('refuses options it cannot work with', () => {
    expect(() => createClient({ baseUrl: '', token: 't' })).toThrow(/baseUrl/);
    // @ts-expect-error -- a token must be a string or a function
    expect(() => createClient({ baseUrl, token: 42 })).toThrow(/token/);
  });

  it('reports a token source that gives nothing', async () => {
    const client = createClient({ baseUrl, token: () => '', clock: createSimulatedClock() });
    await expect(getItems(client)).rejects.toThrow(/no token/);
  });
});
