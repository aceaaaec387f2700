/**
 * The dispatch index must never change which handler answers: for any request, msw over the
 * index's candidates answers exactly as msw over all handlers does. Two identical backends are
 * driven side by side (one through all handlers, one through the candidates), so side effects
 * such as created items and subscriptions stay comparable.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend, createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { createDispatcher } from './dispatch.js';

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

describe('createDispatcher', () => {
  it('narrows "Get items" to its own handler (plus guards that match every request)', () => {
    const [backend] = backendPair();
    const candidates = createDispatcher(backend.handlers)('GET', new URL(`http://127.0.0.1:1/datasets/${sampleInstanceIds.loyalty}/tables/Customer/items`));
    const withPaths = candidates.filter((h) => typeof (h.info as { path: unknown }).path === 'string');
    expect(withPaths.map((h) => h.info.header)).toEqual(['GET */datasets/:dataset/tables/:table/items']);
  });

  it('keeps the V2 handler ahead of its V1 twin, which its wildcard origin also matches', () => {
    const [backend] = backendPair();
    const candidates = createDispatcher(backend.handlers)('GET', new URL(`http://127.0.0.1:1/v2/datasets/x/tables/Customer/partitions`));
    const headers = candidates.filter((h) => typeof (h.info as { path: unknown }).path === 'string').map((h) => h.info.header);
    expect(headers).toEqual(['GET */v2/datasets/:dataset/tables/:table/partitions', 'GET */datasets/:dataset/tables/:table/partitions']);
  });

  it('answers every request exactly as msw over all handlers would', async () => {
    const [all, indexed] = backendPair();
    const candidatesFor = createDispatcher(indexed.handlers);
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
        const expected = await answer(await getResponse(all.handlers, request(method, url)));
        const candidates = candidatesFor(method, target);
        const actual = await answer(candidates.length > 0 ? await getResponse(candidates, request(method, url)) : undefined);
        expect(actual).toEqual(expected);
        if (expected) answered++;
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if many requests reached an operation (about 110 of
    // the 400 do, 95 to 125 from seed to seed, so the bound leaves room for chance).
    expect(answered).toBeGreaterThan(75);
  });
});
