/**
 * Every operation over msw, with each response checked against the emitted swagger (and, for
 * dynamic responses, against the entity's schema from GetEntitySchema).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { createManualClock } from '../store/clock.js';
import { startMockBackend, type MockBackendServer } from '../testing/index.js';

const loyalty = sampleInstanceIds.loyalty;
const d = `/datasets/${loyalty}`;
let mock: MockBackendServer;
const called = new Set<string>();

beforeAll(() => {
  mock = startMockBackend({ clock: createManualClock(), throttle: false });
  mock.server.events.on('response:mocked', ({ request }) => {
    const match = mock.validator.match(request.method, request.url);
    if (match) called.add(match.operationId);
  });
});
afterEach(async () => {
  await mock.assertContract();
});
afterAll(() => {
  mock.close();
});

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await mock.call(path, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const patch = (body: unknown): RequestInit => ({ method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('metadata and pickers', () => {
  it('lists instances with synthetic ids', async () => {
    const { status, body } = await json('/datasets');
    expect(status).toBe(200);
    expect(body.value).toEqual([
      { Name: sampleInstanceIds.loyalty, DisplayName: 'Contoso Loyalty (sample)' },
      { Name: sampleInstanceIds.sandbox, DisplayName: 'Fabrikam Sandbox (sample)' },
    ]);
  });

  it('lists all entities, and only item-readable ones in the picker', async () => {
    const all = await json(`${d}/tables`);
    expect(all.body.value.map((t: any) => t.Name)).toEqual([
      'Customer',
      'UnifiedActivity',
      'Segments',
      'AnnexLoyalty_Member',
      'AnnexLoyalty_Activity',
      'ConflationMatchPairs',
    ]);
    expect(all.body.value[0].DynamicProperties).toMatchObject({ entityType: 'profile', rowCount: 250, filterableFields: ['CustomerId', 'LastName', 'EMail', 'PostalCode', 'CurrentTier'] });
    const picker = await json(`${d}/lookups/entities`);
    expect(picker.body.value.map((t: any) => t.Name)).not.toContain('ConflationMatchPairs');
  });

  it('returns item and list schemas', async () => {
    const item = await json(`${d}/tables/AnnexLoyalty_Member/schema`);
    expect(item.body).toMatchObject({ Name: 'AnnexLoyalty_Member', DisplayName: 'Loyalty members (Annex Cloud)' });
    expect(item.body.schema.properties.availablePoints).toMatchObject({ type: 'integer', 'x-ms-summary': 'Available points' });
    expect(item.body.schema.properties.birthday).toMatchObject({ type: 'string', format: 'date' });
    const list = await json(`${d}/tables/Customer/schema?shape=list`);
    expect(list.body.schema.properties.value.items.properties.CustomerId.type).toBe('string');
    expect((await json(`${d}/tables/Customer/schema?shape=table`)).status).toBe(400);
    // The contract checks validate dynamic responses with the store's schema: it must be this one.
    expect(list.body.schema).toEqual(mock.backend.store.instance(loyalty).table('Customer').schema('list'));
  });

  it('offers only measures without dimensions, and every segment, process and report type', async () => {
    const measures = await json(`${d}/lookups/measures`);
    expect(measures.body.value.map((m: any) => m.Name)).toEqual([
      'LoyaltyPointsEarned',
      'LoyaltyPointsRedeemed',
      'TransactionCount',
      'AverageTransactionValue',
      'LoyaltyMembers',
    ]);
    expect((await json(`${d}/lookups/segments`)).body.value[0]).toEqual({ Name: 'GoldMembers', DisplayName: 'Gold tier members' });
    expect((await json(`${d}/lookups/processes`)).body.value).toContainEqual({ Name: 'Segmentation', DisplayName: 'Segments' });
    expect((await json(`${d}/lookups/reporttypes`)).body.value).toHaveLength(3);
  });
});

describe('items', () => {
  it('gets items with $filter, $select, $top and $skip', async () => {
    const page = await json(`${d}/tables/Customer/items?$top=5&$skip=10&$select=CustomerId,FullName`);
    expect(page.status).toBe(200);
    expect(page.body.value).toHaveLength(5);
    expect(Object.keys(page.body.value[0])).toEqual(['CustomerId', 'FullName']);
    const id = page.body.value[0].CustomerId;
    const one = await json(`${d}/tables/Customer/items?$filter=${encodeURIComponent(`CustomerId eq '${id}'`)}`);
    expect(one.body.value).toHaveLength(1);
    const activities = await json(`${d}/tables/UnifiedActivity/items?$filter=${encodeURIComponent(`CustomerId eq '${id}' or ActivityId eq 'none'`)}`);
    expect(activities.status).toBe(200);
    const gold = await json(`${d}/tables/Customer/items?$filter=${encodeURIComponent("CurrentTier eq 'Gold' and (startswith(PostalCode,'98') or PostalCode eq '97201')")}&$top=3`);
    expect(gold.body.value.every((c: any) => c.CurrentTier === 'Gold')).toBe(true);
  });

  it('refuses a filter on a field that is not filterable, naming the allowed fields', async () => {
    const { status, body } = await json(`${d}/tables/UnifiedActivity/items?$filter=${encodeURIComponent("ActivityType eq 'LoyaltyActivity'")}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('FieldNotFilterable');
    expect(body.error.message).toContain('Filterable fields: ActivityId, CustomerId');
    const other = await json(`${d}/tables/AnnexLoyalty_Member/items?$filter=${encodeURIComponent("currentTier eq 'Gold'")}`);
    expect(other.body.error.message).toContain('Filterable fields: CustomerId.');
  });

  it.each([
    ['$filter=CustomerId eq', 'InvalidFilter'],
    ['$top=-1', 'InvalidQuery'],
    ['$skip=abc', 'InvalidQuery'],
    ['$select=Nope', 'InvalidQuery'],
  ])('answers 400 to %s', async (query, code) => {
    const { status, body } = await json(`${d}/tables/Customer/items?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
  });

  it('creates, reads and updates an item', async () => {
    const created = await mock.call(`${d}/tables/AnnexLoyalty_Member/items`, post({ id: 'ci-test-1', CustomerId: 'cust-1', currentTier: 'Silver', availablePoints: 1200 }));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${mock.baseUrl}${d}/tables/AnnexLoyalty_Member/items/ci-test-1`);
    expect(await created.text()).toBe('');
    const read = await json(`${d}/tables/AnnexLoyalty_Member/items/ci-test-1`);
    expect(read.body).toEqual({ id: 'ci-test-1', CustomerId: 'cust-1', currentTier: 'Silver', availablePoints: 1200 });
    const updated = await json(`${d}/tables/AnnexLoyalty_Member/items/ci-test-1`, patch({ currentTier: 'Gold', availablePoints: 5200 }));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ currentTier: 'Gold', availablePoints: 5200 });
  });

  it.each([
    ['an unknown field', { id: 'x1', favouriteColour: 'red' }, 400, 'InvalidItem'],
    ['a wrong type', { id: 'x2', availablePoints: 'lots' }, 400, 'InvalidItem'],
    ['an existing key', { id: 'ci-test-1' }, 409, 'ItemAlreadyExists'],
  ])('refuses a body with %s', async (_, body, status, code) => {
    const response = await json(`${d}/tables/AnnexLoyalty_Member/items`, post(body));
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('refuses malformed JSON and oversized bodies', async () => {
    const bad = await json(`${d}/tables/Customer/items`, { method: 'POST', body: '{"FirstName": ' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'InvalidJson' } } });
    const huge = await json(`${d}/tables/Customer/items`, post({ FirstName: 'x'.repeat(1024 * 1024 + 1) }));
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'PayloadTooLarge' } } });
  });

  it('404s unknown instances, entities and items', async () => {
    expect((await json('/datasets/00000000-0000-4000-8000-00000000ffff/tables')).body.error.code).toBe('InstanceNotFound');
    expect((await json(`${d}/tables/Nope/items`)).status).toBe(404);
    expect((await json(`${d}/tables/Customer/items/nope`)).body.error.code).toBe('ItemNotFound');
    expect((await json(`${d}/tables/Customer/items/nope`, patch({ FirstName: 'A' }))).status).toBe(404);
  });

  it('keeps partition-only entities out of item reads', async () => {
    expect((await json(`${d}/tables/ConflationMatchPairs/items`)).body.error.code).toBe('EntityNotRetrievable');
  });
});

describe('partitions', () => {
  it('lists partitions (V1 and V2) and reads one by name or location, resuming at OffsetEnd', async () => {
    const v1 = await json(`${d}/tables/Customer/partitions`);
    expect(v1.body).toHaveLength(3);
    expect(v1.body[0]).toMatchObject({ Name: 'Customer-part-00001', DisplayName: 'Customer part 1 of 3', DynamicProperties: { rowCount: 84, fileFormat: 'csv' } });
    const v2 = await json(`/v2${d}/tables/Customer/partitions?partitionDisplayName=${encodeURIComponent('Customer part 2 of 3')}`);
    expect(v2.body.Header).toBe('CustomerId,FirstName,LastName,FullName,EMail,Telephone,DateOfBirth,City,PostalCode,Country,LoyaltyId,CurrentTier,AvailablePoints,LifetimePoints,CreatedOn');
    expect(v2.body.Partitions.map((p: any) => p.Name)).toEqual(['Customer-part-00002']);
    const location = v1.body[1].DynamicProperties.location;
    const first = await json(`${d}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(location)}&maxResults=10&select=CustomerId,AvailablePoints`);
    expect(first.body).toMatchObject({ OffsetStart: 0, Size: 10 });
    const next = await json(`${d}/tables/Customer/partitiondata?partitionUri=Customer-part-00002&offsetStart=${first.body.OffsetEnd}&maxSize=2000`);
    expect(next.body.OffsetStart).toBe(first.body.OffsetEnd);
    expect(next.body.OffsetEnd - next.body.OffsetStart).toBeLessThanOrEqual(2000);
    const all = await json(`${d}/tables/Customer/partitiondata?partitionUri=Customer-part-00002&maxResults=1000`);
    expect(all.body.Items.slice(10, 10 + next.body.Size)).toEqual(next.body.Items);
  });

  it.each([
    ['', 'MissingParameter', 400],
    ['partitionUri=nope', 'PartitionNotFound', 404],
    ['partitionUri=Customer-part-00001&offsetStart=3', 'InvalidOffset', 400],
    ['partitionUri=Customer-part-00001&maxSize=x', 'InvalidParameter', 400],
    ['partitionUri=Customer-part-00001&select=Nope', 'InvalidParameter', 400],
  ])('answers partition data query %j with %s', async (query, code, status) => {
    const response = await json(`${d}/tables/Customer/partitiondata?${query}`);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });
});

describe('status reports', () => {
  it('accepts V1 and V2 reports with 202 and records them', async () => {
    expect((await mock.call(`${d}/statusreports/RefreshStatus`, { method: 'POST' })).status).toBe(202);
    expect((await mock.call(`/v2${d}/statusreports/SystemHealth`, { method: 'POST' })).status).toBe(202);
    expect(mock.backend.store.statusReports.map((r) => [r.reportType, r.version])).toEqual([
      ['RefreshStatus', 1],
      ['SystemHealth', 2],
    ]);
    expect((await json(`${d}/statusreports/Weekly`, { method: 'POST' })).body.error.code).toBe('ReportTypeNotFound');
  });
});

describe('subscriptions', () => {
  const subscribeTo = (trigger: string, query = '') =>
    mock.call(`${d}/subscriptions/${trigger}${query}`, post({ callbackUrl: mock.callbackUrl(trigger) }));

  it('subscribes every trigger with 201 + Location on the request origin, and deletes', async () => {
    const triggers = [
      ['datasourcerefreshcompleted', ''],
      ['datasourcerefreshfailed', ''],
      ['fullrefreshcompleted', ''],
      ['measurethresholdcrossed', '?measure=TransactionCount&threshold=1500.5'],
      ['segmentthresholdcrossed', '?segment=GoldMembers&threshold=100'],
      ['processcompleted', '?process=Match&includingManualRefreshes=true'],
      ['processcompleted', ''],
    ] as const;
    for (const [trigger, query] of triggers) {
      const response = await subscribeTo(trigger, query);
      expect(response.status, trigger).toBe(201);
      const location = response.headers.get('location')!;
      expect(location).toMatch(new RegExp(`^${mock.baseUrl}/subscriptions/[0-9a-f-]{36}$`));
      const id = location.split('/').pop()!;
      expect(mock.backend.store.subscriptions.get(id, mock.token)).toMatchObject({ kind: trigger, callbackUrl: mock.callbackUrl(trigger), connection: mock.token });
      const removed = await mock.call(new URL(location).pathname, { method: 'DELETE' });
      expect(removed.status).toBe(200);
      expect((await json(new URL(location).pathname, { method: 'DELETE' })).body.error.code).toBe('SubscriptionNotFound');
    }
  });

  it.each([
    ['measurethresholdcrossed', '?measure=PointsEarnedByTier&threshold=1', 400, 'MeasureHasDimensions'],
    ['measurethresholdcrossed', '?measure=Nope&threshold=1', 404, 'MeasureNotFound'],
    ['measurethresholdcrossed', '?measure=TransactionCount', 400, 'MissingParameter'],
    ['measurethresholdcrossed', '?measure=TransactionCount&threshold=many', 400, 'InvalidParameter'],
    ['segmentthresholdcrossed', '?segment=GoldMembers&threshold=1.5', 400, 'InvalidParameter'],
    ['segmentthresholdcrossed', '?threshold=1', 400, 'MissingParameter'],
    ['processcompleted', '?process=Nope', 404, 'ProcessNotFound'],
    ['processcompleted', '?includingManualRefreshes=maybe', 400, 'InvalidParameter'],
  ])('refuses %s%s', async (trigger, query, status, code) => {
    const response = await json(`${d}/subscriptions/${trigger}${query}`, post({ callbackUrl: mock.callbackUrl('x') }));
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it.each([[{}], [{ callbackUrl: 'not a url' }], [{ callbackUrl: 'ftp://flow.example.com/x' }], [[]]])('refuses the body %j', async (body) => {
    const response = await json(`${d}/subscriptions/fullrefreshcompleted`, post(body));
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'InvalidSubscription' } } });
  });
});

describe('authentication', () => {
  it('answers 401 without a bearer token', async () => {
    const response = await json('/datasets', { headers: { authorization: 'Basic abc' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.body.error.code).toBe('Unauthorized');
    const none = await fetch(`${mock.baseUrl}/datasets`);
    expect(none.status).toBe(401);
  });
});

describe('coverage', () => {
  it('exercised every operation of the definition', () => {
    expect([...called].sort()).toEqual([...mock.validator.operationIds()].sort());
  });
});
