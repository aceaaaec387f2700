import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness({ limits: { maxRows: 220, maxCalls: 20 } })));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;
const dataCalls = () => h.fake.calls.filter((c) => c.path.endsWith('/data/Customer'));

describe('GetItems → GET /instances/{id}/data/{table}', () => {
  it('passes $filter, $select, $top and $skip through in one call when $top fits a page', async () => {
    const first = await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$top=3`);
    const id = first.json.value[1].CustomerId;
    const before = dataCalls().length;
    const path = `/datasets/${dataset}/tables/Customer/items?$filter=${encodeURIComponent(`CustomerId eq '${id}'`)}&$select=CustomerId,FirstName&$top=5&$skip=0`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.json.value).toEqual([{ CustomerId: id, FirstName: first.json.value[1].FirstName }]);
    expect(dataCalls().length - before).toBe(1);
    expect(dataCalls().at(-1)!.query).toMatchObject({ $filter: `CustomerId eq '${id}'`, $select: 'CustomerId,FirstName', $top: '5' });
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('without $top reads all rows in pages of 100 with $skip', async () => {
    h.ctx.limits.maxRows = 1_000;
    const before = dataCalls().length;
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items`);
    expect(answer.json.value).toHaveLength(250);
    expect(answer.json['@odata.nextLink']).toBeUndefined();
    const pages = dataCalls().slice(before);
    expect(pages.map((c) => [c.query.$top, c.query.$skip])).toEqual([
      ['100', undefined],
      ['100', '100'],
      ['100', '200'],
    ]);
    expect(new Set(answer.json.value.map((r: { CustomerId: string }) => r.CustomerId)).size).toBe(250);
  });

  it('stops at the row ceiling and links to the rest instead of dropping it', async () => {
    h.ctx.limits.maxRows = 220;
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$skip=10`);
    expect(answer.json.value).toHaveLength(220);
    const next = new URL(answer.json['@odata.nextLink']);
    expect(next.pathname).toBe(`/datasets/${dataset}/tables/Customer/items`);
    expect(next.searchParams.get('$skip')).toBe('230');
    const rest = await h.call('GET', next.pathname + next.search);
    expect(rest.json.value).toHaveLength(20);
    expect(rest.json['@odata.nextLink']).toBeUndefined();
  });

  it('links to the rest on the configured public URL', async () => {
    h.ctx.limits.maxRows = 100;
    h.ctx.publicUrl = 'https://gateway.example.org';
    try {
      const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items`);
      expect(answer.json['@odata.nextLink']).toBe(`https://gateway.example.org/datasets/${dataset}/tables/Customer/items?%24skip=100`);
    } finally {
      delete h.ctx.publicUrl;
      h.ctx.limits.maxRows = 220;
    }
  });

  it('stops at the call ceiling too', async () => {
    h.ctx.limits.maxRows = 1_000;
    h.ctx.limits.maxCalls = 2;
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items`);
    expect(answer.json.value).toHaveLength(200);
    expect(new URL(answer.json['@odata.nextLink']).searchParams.get('$skip')).toBe('200');
    h.ctx.limits.maxCalls = 20;
  });

  it('keeps paging when the API caps a page below what was asked, by its @odata.count', async () => {
    h.ctx.limits.pageSize = 150;
    try {
      const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items`);
      expect(answer.json.value).toHaveLength(250);
    } finally {
      h.ctx.limits.pageSize = 100;
    }
  });

  it('pages a $top larger than a page up to $top', async () => {
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$top=150`);
    expect(answer.json.value).toHaveLength(150);
  });

  it("refuses a bad $top, and passes the REST API's refusal of a non-indexed $filter on as 400", async () => {
    expect((await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$top=-1`)).status).toBe(400);
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$filter=${encodeURIComponent("City eq 'Seattle'")}`);
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe('FieldNotFilterable');
  });
});
