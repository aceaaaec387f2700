import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { createManualClock } from '../store/clock.js';
import { maxPageSize, startFakeRestApi, type FakeRestApi } from './index.js';
import { restClient } from './test-client.js';

const loyalty = sampleInstanceIds.loyalty;
const data = `/instances/${loyalty}/data`;
const clock = createManualClock('2026-01-20T08:00:00Z');
let api: FakeRestApi;
let get: ReturnType<typeof restClient>;
const q = (text: string) => encodeURIComponent(text);

beforeAll(async () => {
  api = await startFakeRestApi({ clock });
  get = restClient(api);
});
afterAll(() => api.close());

describe('paging', () => {
  it('caps a page at 100 rows even when $top asks for more, so $skip pages through every row once', async () => {
    expect(maxPageSize).toBe(100);
    const seen = new Set<string>();
    let pages = 0;
    for (let skip = 0; ; skip += maxPageSize) {
      const page = await get(`${data}/Customer?$top=1000&$skip=${skip}`);
      pages++;
      expect(page.body['@odata.count']).toBe(250);
      expect(page.body.value.length).toBeLessThanOrEqual(maxPageSize);
      for (const row of page.body.value) seen.add(row.CustomerId);
      if (page.body.value.length < maxPageSize) break;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(250);
  });

  it('honours a smaller $top and $select, and names the entity in @odata.context', async () => {
    const page = await get(`${data}/Customer?$top=2&$skip=1&$select=CustomerId,LastName`);
    expect(page.body.value).toHaveLength(2);
    for (const row of page.body.value) expect(Object.keys(row).sort()).toEqual(['CustomerId', 'LastName']);
    expect(page.body['@odata.context']).toBe(`${api.url}/instances/${loyalty}/data/$metadata#Customer`);
  });
});

describe('$filter', () => {
  it('works on indexed fields and on the per-entity keys', async () => {
    const first = (await get(`${data}/Customer?$top=1`)).body.value[0];
    const byKey = await get(`${data}/Customer?$filter=${q(`CustomerId eq '${first.CustomerId}'`)}&$top=1`);
    expect(byKey.body.value).toEqual([first]);
    const gold = await get(`${data}/Customer?$filter=${q("CurrentTier eq 'Gold'")}`);
    expect(gold.body.value.length).toBeGreaterThan(0);
    expect(gold.body.value.every((r: { CurrentTier: string }) => r.CurrentTier === 'Gold')).toBe(true);
    const activity = (await get(`${data}/UnifiedActivity?$top=1`)).body.value[0];
    const byActivityId = await get(`${data}/UnifiedActivity?$filter=${q(`ActivityId eq '${activity.ActivityId}'`)}`);
    expect(byActivityId.body.value).toEqual([activity]);
  });

  it('refuses a field that is not indexed with 400 ODataError naming the filterable fields', async () => {
    const answer = await get(`${data}/Customer?$filter=${q("City eq 'Seattle'")}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errorCode).toBe('FieldNotFilterable');
    expect(answer.body.target).toBe('$filter');
    expect(answer.body.message).toContain('CustomerId, LastName, EMail, PostalCode, CurrentTier');
    const activity = await get(`${data}/UnifiedActivity?$filter=${q("ActivityType eq 'x'")}`);
    expect(activity.body.message).toContain('ActivityId, CustomerId');
  });

  it('refuses any $filter on an ingested source table, and a syntax error', async () => {
    const source = await get(`${data}/AnnexLoyalty_Member?$filter=${q("CustomerId eq 'x'")}`);
    expect(source.status).toBe(400);
    expect(source.body.errorCode).toBe('FilterNotSupported');
    expect((await get(`${data}/AnnexLoyalty_Member?$top=1`)).body.value).toHaveLength(1);
    const syntax = await get(`${data}/Customer?$filter=${q("CustomerId eq 'x' and")}`);
    expect(syntax.status).toBe(400);
  });
});

describe('real-time writes', () => {
  it('creates an activity (201, Location), which the data route then returns', async () => {
    const created = await get(`${data}/UnifiedActivity`, { method: 'POST', body: { CustomerId: 'c-1', ActivityType: 'Visit', ActivityTime: '2026-01-20T08:00:00Z' } });
    expect(created.status).toBe(201);
    const id = created.body.value.ActivityId;
    expect(typeof id).toBe('string');
    expect(created.headers.get('location')).toBe(`${api.url}/instances/${loyalty}/data/UnifiedActivity/${id}`);
    const found = await get(`${data}/UnifiedActivity?$filter=${q(`ActivityId eq '${id}'`)}`);
    expect(found.body.value).toEqual([created.body.value]);
    const again = await get(`${data}/UnifiedActivity`, { method: 'POST', body: { ActivityId: id, CustomerId: 'c-1' } });
    expect(again.status).toBe(409);
  });

  it('updates a profile with 204 and no body; profiles cannot be created', async () => {
    const customer = (await get(`${data}/Customer?$top=1`)).body.value[0];
    const updated = await get(`${data}/Customer/${customer.CustomerId}`, { method: 'PATCH', body: { FirstName: 'Ada' } });
    expect(updated.status).toBe(204);
    expect(updated.body).toBeUndefined();
    const after = await get(`${data}/Customer?$filter=${q(`CustomerId eq '${customer.CustomerId}'`)}`);
    expect(after.body.value[0]).toEqual({ ...customer, FirstName: 'Ada' });
    const create = await get(`${data}/Customer`, { method: 'POST', body: { FirstName: 'New' } });
    expect(create.status).toBe(400);
    expect(create.body.errorCode).toBe('ProfileCreationNotSupported');
    expect((await get(`${data}/Customer/missing`, { method: 'PATCH', body: { FirstName: 'A' } })).status).toBe(404);
  });

  it('refuses writes to source and system entities, bad bodies, and validUntil beyond 30 days', async () => {
    expect((await get(`${data}/AnnexLoyalty_Member`, { method: 'POST', body: {} })).body.errorCode).toBe('EntityNotWritable');
    expect((await get(`${data}/Segments`, { method: 'POST', body: {} })).body.errorCode).toBe('EntityNotWritable');
    expect((await get(`${data}/UnifiedActivity`, { method: 'POST', body: { Points: 'many' } })).status).toBe(400);
    expect((await get(`${data}/UnifiedActivity`, { method: 'POST', body: [1] })).body.errorCode).toBe('InvalidBody');
    const late = await get(`${data}/UnifiedActivity?validUntil=2026-03-01T00:00:00Z`, { method: 'POST', body: {} });
    expect(late.body.errorCode).toBe('InvalidValidUntil');
    const ok = await get(`${data}/UnifiedActivity?validUntil=2026-02-01T00:00:00Z`, { method: 'POST', body: { CustomerId: 'c-2' } });
    expect(ok.status).toBe(201);
    const text = await get(`${data}/UnifiedActivity`, { method: 'POST', body: 'hello', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const answer = await get(`${data}/UnifiedActivity`, { method: 'POST', body: { Subject: 'x'.repeat(1024 * 1024) } });
    expect(answer.status).toBe(413);
  });
});
