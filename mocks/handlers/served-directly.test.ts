/**
 * Served directly (scripts/http/direct-dispatch.ts, what `serve` does), the handlers answer exactly
 * as they do under msw, for every request whose path is one of the connector's. Two identical
 * backends are driven side by side (one under msw, one served directly), so side effects such as
 * created items and subscriptions stay comparable.
 *
 * The one intended difference: under msw a handler matches any origin (`*` + path), and so also a
 * path with extra leading segments (`/x/datasets`); served directly only the connector's own paths
 * answer, and the rest are no operation's (404).
 */
import fc from 'fast-check';
import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDirectDispatcher, MalformedPathError } from '../../scripts/http/direct-dispatch.js';
import { callOf, directRouteOf } from '../../scripts/http/servable-http.js';
import { createBackend, createSampleData, sampleInstanceIds } from '../index.js';

const segments = fc.constantFrom(
  'datasets', 'DATASETS', 'v2', 'tables', 'Tables', 'items', 'lookups', 'entities', 'measures', 'segments', 'processes', 'reporttypes',
  'schema', 'partitions', 'partitiondata', 'statusreports', 'RefreshStatus', 'subscriptions', 'fullrefreshcompleted',
  'segmentthresholdcrossed', 'Customer', 'Nope', sampleInstanceIds.loyalty, '%E0%A4%A', '%20', 'a%2Fb', '', '..', 'x:y', '*',
);
const methods = fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'get');

/** The operations' own paths with their parameters filled in, so most requests reach a handler. */
const templates = [
  '/datasets', '/datasets/{d}/tables', '/datasets/{d}/tables/{t}/items', '/datasets/{d}/tables/{t}/items/{i}', '/datasets/{d}/tables/{t}/schema',
  '/datasets/{d}/tables/{t}/partitions', '/v2/datasets/{d}/tables/{t}/partitions', '/datasets/{d}/tables/{t}/partitiondata',
  '/datasets/{d}/lookups/{l}', '/datasets/{d}/statusreports/{r}', '/v2/datasets/{d}/statusreports/{r}', '/datasets/{d}/subscriptions/{s}',
  '/subscriptions/{i}',
];
const filled = fc
  .record({
    template: fc.constantFrom(...templates),
    d: fc.constantFrom(sampleInstanceIds.loyalty, sampleInstanceIds.sandbox, 'nope', '%E0%A4%A'),
    t: fc.constantFrom('Customer', 'customer', 'UnifiedActivity', 'Segments', 'Nope'),
    i: fc.constantFrom('x', '5ab5c000-0000-4000-8000-000000000001', 'a%2Fb', '%20'),
    l: fc.constantFrom('entities', 'measures', 'segments', 'processes', 'reporttypes', 'nope'),
    r: fc.constantFrom('RefreshStatus', 'nope'),
    s: fc.constantFrom('fullrefreshcompleted', 'datasourcerefreshfailed', 'processcompleted', 'nope'),
    upper: fc.boolean(),
  })
  .map(({ template, upper, ...values }) => {
    const path = template.replace(/\{(\w)\}/g, (_, key: string) => values[key as keyof typeof values]);
    return upper ? path.replace('/datasets', '/DataSets') : path;
  });

function backendPair() {
  const options = { throttle: false as const, fetch: (async () => new Response(null, { status: 200 })) as typeof fetch };
  return [createBackend({ ...options, data: createSampleData({ customers: 20 }) }), createBackend({ ...options, data: createSampleData({ customers: 20 }) })] as const;
}

async function answer(response: Response | undefined) {
  if (!response) return undefined;
  // Subscription ids are random, so two backends never agree on them; everything else must match.
  return { status: response.status, body: await response.text(), location: response.headers.get('location')?.replace(/\/subscriptions\/[0-9a-f-]{36}$/, '/subscriptions/{id}') ?? null };
}

function request(method: string, url: string): Request {
  const hasBody = !['GET', 'HEAD'].includes(method.toUpperCase());
  return new Request(url, {
    method,
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    ...(hasBody ? { body: JSON.stringify({ callbackUrl: 'http://127.0.0.1:9/cb', FirstName: 'Test' }) } : {}),
  });
}

/**
 * Each handler's method and template as an anchored pattern: the reference for "a request for one
 * of the connector's operations", written independently of the route index under test.
 */
function exactRoutes(handlers: readonly HttpHandler[]): { method: string; pattern: RegExp }[] {
  return handlers.flatMap((handler) => {
    const route = directRouteOf(handler);
    if (route?.kind !== 'template') return [];
    const source = route.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return [{ method: route.method, pattern: new RegExp(`^${source}/?$`, 'i') }];
  });
}

function malformed(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return false;
  } catch {
    return true;
  }
}

describe('the handlers served directly', () => {
  it('answer every request for a path of the connector exactly as under msw, and leave every other path unanswered', async () => {
    const [underMsw, direct] = backendPair();
    const dispatch = createDirectDispatcher(direct.handlers);
    const routes = exactRoutes(direct.handlers);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(methods, fc.oneof(filled, fc.array(segments, { maxLength: 7 }).map((parts) => `/${parts.join('/')}`)), fc.boolean(), async (method, path, trailingSlash) => {
        const url = `http://127.0.0.1:1${path}${trailingSlash ? '/' : ''}`;
        let target: URL;
        try {
          target = new URL(url);
        } catch {
          return;
        }
        const own = malformed(target) || routes.some((r) => r.method === method.toUpperCase() && r.pattern.test(target.pathname));
        const actual = await answer(await dispatch(callOf(request(method, url))).catch((error: unknown) => {
          if (error instanceof MalformedPathError) return Response.json({ malformed: true }, { status: 400 });
          throw error;
        }));
        if (!own) {
          expect(actual).toBeUndefined();
          return;
        }
        const expected = await answer(await getResponse(underMsw.handlers, request(method, url)));
        expect(actual).toEqual(expected);
        if (expected) answered++;
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if many requests reached an operation.
    expect(answered).toBeGreaterThan(75);
  });

  it('answer a page of items with the same bytes and headers as under msw', async () => {
    const [underMsw, direct] = backendPair();
    const url = `http://127.0.0.1:1/datasets/${sampleInstanceIds.loyalty}/tables/Customer/items?$top=3`;
    const viaMsw = (await getResponse(underMsw.handlers, request('GET', url)))!;
    const served = (await createDirectDispatcher(direct.handlers)(callOf(request('GET', url))))!;
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(await viaMsw.text());
    expect(served.headers.get('content-type')).toBe(viaMsw.headers.get('content-type'));
    expect(served.headers.get('content-length')).toBe(viaMsw.headers.get('content-length'));
  });
});
