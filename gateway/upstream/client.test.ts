import { describe, expect, it } from 'vitest';
import { ApiError } from '../../mocks/index.js';
import { createLogger } from '../log.js';
import { createUpstreamClient, queryString, upstreamError } from './client.js';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(answers: (() => Response)[]) {
  const seen: Seen[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as unknown as typeof globalThis.fetch;
  return { seen, fetch };
}

const keys = (instanceId?: string) => (instanceId === 'i2' ? 'key-for-i2' : 'default-key');

describe('upstream client', () => {
  it('forwards the bearer token, adds the subscription key and correlation id, passes OData options', async () => {
    const { seen, fetch } = fakeFetch([() => Response.json({ value: [1] })]);
    const client = createUpstreamClient({ apiUrl: 'https://api.example.test/v1/', subscriptionKeyFor: keys, fetch });
    const answer = await client.request({
      method: 'GET',
      path: '/instances/i2/data/Customer',
      query: { $filter: "CustomerId eq 'a b'", $top: '1', $skip: undefined },
      token: 'tok',
      instanceId: 'i2',
      correlationId: 'corr-1',
    });
    expect(answer).toMatchObject({ status: 200, body: { value: [1] } });
    expect(seen[0]!.url).toBe("https://api.example.test/v1/instances/i2/data/Customer?$filter=CustomerId%20eq%20'a%20b'&$top=1");
    const headers = seen[0]!.init.headers as Record<string, string>;
    expect(headers).toMatchObject({ authorization: 'Bearer tok', 'ocp-apim-subscription-key': 'key-for-i2', 'x-ms-client-request-id': 'corr-1' });
  });

  it('sends JSON bodies with the requested media type', async () => {
    const { seen, fetch } = fakeFetch([() => new Response(null, { status: 204 })]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch });
    const answer = await client.request({ method: 'PATCH', path: '/x', body: { a: 1 }, contentType: 'application/json-patch+json', token: 't' });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect(seen[0]!.init.body).toBe('{"a":1}');
    expect((seen[0]!.init.headers as Record<string, string>)['content-type']).toBe('application/json-patch+json');
  });

  it('turns ODataError and ApiErrorResult bodies into the connector error shape with the upstream status', async () => {
    const { fetch } = fakeFetch([
      () => Response.json({ errorCode: 'EntityNotFound', message: 'no such entity' }, { status: 404 }),
      () => Response.json({ statusCode: 401, message: 'Access denied due to invalid subscription key.' }, { status: 401 }),
      () => new Response('upstream exploded', { status: 503 }),
    ]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch });
    const err404 = await client.request({ method: 'GET', path: '/p', token: 't' }).catch((e: unknown) => e);
    expect(err404).toBeInstanceOf(ApiError);
    expect((err404 as ApiError).status).toBe(404);
    expect((err404 as ApiError).toBody().error).toMatchObject({ code: 'EntityNotFound' });
    expect((err404 as ApiError).message).toContain('no such entity');
    const err401 = (await client.request({ method: 'GET', path: '/p', token: 't' }).catch((e: unknown) => e)) as ApiError;
    expect(err401.status).toBe(401);
    expect(err401.headers['WWW-Authenticate']).toBe('Bearer');
    expect(err401.message).toContain('invalid subscription key');
    const err503 = (await client.request({ method: 'GET', path: '/p', token: 't' }).catch((e: unknown) => e)) as ApiError;
    expect(err503.status).toBe(503);
    expect(err503.message).toContain('upstream exploded');
  });

  it('codes an error body that names no code by its status: 4xx by name, 5xx as the upstream failing, others by number', () => {
    const codeOf = (status: number) => upstreamError({ method: 'GET', path: '/p' }, new Response(null, { status }), '').toBody().error.code;
    expect([400, 401, 403, 404, 409, 429].map(codeOf)).toEqual(['BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'TooManyRequests']);
    expect([500, 502, 503, 504, 599].map(codeOf)).toEqual(['UpstreamError', 'UpstreamError', 'UpstreamError', 'UpstreamError', 'UpstreamError']);
    expect([405, 422].map(codeOf)).toEqual(['Upstream405', 'Upstream422']);
  });

  it('waits out a short Retry-After once, then answers', async () => {
    const waits: number[] = [];
    const { seen, fetch } = fakeFetch([() => new Response(null, { status: 429, headers: { 'Retry-After': '2' } }), () => Response.json({ ok: true })]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, sleep: async (ms) => void waits.push(ms) });
    const answer = await client.request({ method: 'POST', path: '/w', body: {}, token: 't' });
    expect(answer.body).toEqual({ ok: true });
    expect(waits).toEqual([2000]);
    expect(seen).toHaveLength(2);
  });

  it('gives a long or repeated 429 back with its Retry-After', async () => {
    const { seen, fetch } = fakeFetch([
      () => new Response(null, { status: 429, headers: { 'Retry-After': '600' } }),
      () => new Response(null, { status: 429, headers: { 'Retry-After': '1' } }),
      () => new Response(null, { status: 429, headers: { 'Retry-After': '1' } }),
    ]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, sleep: async () => {} });
    const long = (await client.request({ method: 'GET', path: '/p', token: 't' }).catch((e: unknown) => e)) as ApiError;
    expect(long.status).toBe(429);
    expect(long.headers['Retry-After']).toBe('600');
    expect(seen).toHaveLength(1);
    const repeated = (await client.request({ method: 'GET', path: '/p', token: 't' }).catch((e: unknown) => e)) as ApiError;
    expect(repeated.status).toBe(429);
    expect(repeated.headers['Retry-After']).toBe('1');
    expect(seen).toHaveLength(3);
  });

  it('does not retry when told not to', async () => {
    const { seen, fetch } = fakeFetch([() => new Response(null, { status: 429, headers: { 'Retry-After': '1' } })]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, sleep: async () => {} });
    await expect(client.request({ method: 'GET', path: '/p', token: 't', retryOn429: false })).rejects.toMatchObject({ status: 429 });
    expect(seen).toHaveLength(1);
  });

  it('answers 502 on a network failure, 504 on a timeout, 502 on a redirect or an oversized answer', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
    }) as unknown as typeof fetch;
    const net = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch: failing });
    await expect(net.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ status: 502, code: 'UpstreamUnreachable' });

    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    const slow = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch: hanging, timeoutMs: 20 });
    await expect(slow.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ status: 504 });

    const { fetch } = fakeFetch([() => new Response(null, { status: 302, headers: { location: 'https://evil.test/' } }), () => new Response('x'.repeat(2000))]);
    const small = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, maxResponseBytes: 1000 });
    await expect(small.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ status: 502 });
    await expect(small.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ status: 502, code: 'UpstreamResponseTooLarge' });
  });

  it('logs each call without the token or key', async () => {
    const lines: string[] = [];
    const { fetch } = fakeFetch([() => Response.json({})]);
    const client = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, log: createLogger((l) => lines.push(l)) });
    await client.request({ method: 'GET', path: '/instances', token: 'secret-token', correlationId: 'c9' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: 'upstream', correlationId: 'c9', method: 'GET', path: '/instances', status: 200 });
    expect(lines[0]).not.toContain('secret-token');
    expect(lines[0]).not.toContain('default-key');
  });

  it('says how large an oversized answer declared itself, or that it ran past the limit', async () => {
    const { fetch } = fakeFetch([() => new Response('x', { headers: { 'content-length': '5000' } }), () => new Response('x'.repeat(2000))]);
    const small = createUpstreamClient({ apiUrl: 'https://a.test/v1', subscriptionKeyFor: keys, fetch, maxResponseBytes: 1000 });
    await expect(small.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ status: 502, code: 'UpstreamResponseTooLarge', message: "The Customer Insights API answered 5000 bytes, more than the gateway's limit of 1000" });
    await expect(small.request({ method: 'GET', path: '/p', token: 't' })).rejects.toMatchObject({ message: "The Customer Insights API answered more than the gateway's limit of 1000 bytes" });
  });

  it('encodes query names and values', () => {
    expect(queryString({ a: 'x&y', $top: '5', none: undefined })).toBe('?a=x%26y&$top=5');
    expect(queryString({})).toBe('');
  });
});
