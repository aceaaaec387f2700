/** Bad input never becomes a 500: random filters, query options, paths and bodies over msw. */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../data/index.js';
import { startMockBackend } from '../testing/index.js';

const d = `/datasets/${sampleInstanceIds.loyalty}`;
const mock = startMockBackend({ throttle: false, data: createSampleData({ customers: 60 }) });
afterAll(() => mock.close());

const filterPieces = fc.constantFrom(
  'CustomerId', 'LastName', 'EMail', 'AvailablePoints', 'CreatedOn', 'Nope', 'eq', 'ne', 'gt', 'in', 'and', 'or', 'not', '(', ')', ',',
  "'x'", "'O''Brien'", "'", '12', '-3.5e2', 'true', 'null', '2024-01-01', '2024-01-01T00:00:00Z', 'contains(', 'tolower(', '#', '$', '%', ' ',
);

async function statusOf(path: string, init?: RequestInit): Promise<number> {
  const response = await mock.call(path, init);
  const text = await response.text();
  if (response.status >= 400) expect(JSON.parse(text).error.code).toBeTruthy();
  return response.status;
}

describe('robustness', () => {
  it('answers any $filter with 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(filterPieces, { maxLength: 12 }), async (pieces) => {
        const status = await statusOf(`${d}/tables/Customer/items?$filter=${encodeURIComponent(pieces.join(' '))}`);
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary text in query options with 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('$filter', '$top', '$skip', '$select'), fc.string({ maxLength: 30 }), async (name, value) => {
        const status = await statusOf(`${d}/tables/Customer/items?${name}=${encodeURIComponent(value)}`);
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses deeply nested filters with 400 instead of overflowing the stack', async () => {
    const deep = `${'('.repeat(3000)}CustomerId eq 'x'${')'.repeat(3000)}`;
    expect(await statusOf(`${d}/tables/Customer/items?$filter=${encodeURIComponent(deep)}`)).toBe(400);
    const nots = `${'not '.repeat(3000)}CustomerId eq 'x'`;
    expect(await statusOf(`${d}/tables/Customer/items?$filter=${encodeURIComponent(nots)}`)).toBe(400);
  });

  it('answers odd path segments with 404, never 500', async () => {
    // ('..' is not here: the client's URL parser resolves it before a request is made.)
    for (const segment of ['%E0%A4%A', '%', '%2F', '%20', 'Customer%00']) {
      expect([400, 404]).toContain(await statusOf(`${d}/tables/${segment}/items`));
      expect([400, 404]).toContain(await statusOf(`${d}/tables/Customer/items/${segment}`));
      expect([400, 404]).toContain(await statusOf(`/datasets/${segment}/tables`));
    }
  });

  it('answers arbitrary JSON bodies to create and update with 201, 200, 400 or 409', async () => {
    const id = String(mock.backend.store.instance(sampleInstanceIds.loyalty).table('AnnexLoyalty_Member').all()[0]!['id']);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), fc.boolean(), async (body, update) => {
        const status = await statusOf(update ? `${d}/tables/AnnexLoyalty_Member/items/${id}` : `${d}/tables/AnnexLoyalty_Member/items`, {
          method: update ? 'PATCH' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect([200, 201, 400, 409]).toContain(status);
      }),
      { numRuns: 150 },
    );
    const invalid = await statusOf(`${d}/tables/Customer/items`, { method: 'POST', body: new Uint8Array([0xff, 0xfe, 0x7b]) });
    expect(invalid).toBe(400);
  });

  it('answers arbitrary trigger parameters with 201, 400 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('measurethresholdcrossed', 'segmentthresholdcrossed', 'processcompleted'),
        fc.dictionary(fc.constantFrom('measure', 'segment', 'threshold', 'process', 'includingManualRefreshes'), fc.string({ maxLength: 12 })),
        fc.option(fc.string({ maxLength: 20 })),
        async (trigger, query, callbackUrl) => {
          const status = await statusOf(`${d}/subscriptions/${trigger}?${new URLSearchParams(query)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(callbackUrl === null ? {} : { callbackUrl }),
          });
          expect([201, 400, 404]).toContain(status);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('kept every response within the contract', async () => {
    await mock.assertContract();
  });
});
