/**
 * `serve --data`: the documented example file (scripts/serve/examples/loyalty.yaml), loaded the way
 * the command loads it and served over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCallbackReceiver, type CallbackReceiver } from '../../scripts/serve/callback-receiver.js';
import { loadDataFile } from '../../scripts/serve/data-file.js';
import { call, startTestServer } from './serve-helpers.js';

const INSTANCE = '11111111-0000-4000-8000-000000000001';

describe('serve --data scripts/serve/examples/loyalty.yaml', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    const loaded = loadDataFile('scripts/serve/examples/loyalty.yaml');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    server = await startTestServer({ data: loaded.data, throttle: false });
    receiver = await startCallbackReceiver({ port: 0 });
  });
  afterAll(async () => {
    await receiver?.close();
    await server?.close();
  });

  it('serves the file instead of the sample data', async () => {
    expect((await call(server.url, '/datasets')).json.value).toEqual([{ Name: INSTANCE, DisplayName: 'Northwind Rewards (example)' }]);
    const tables = await call(server.url, `/datasets/${INSTANCE}/tables`);
    expect(tables.json.value.map((t: { Name: string }) => t.Name)).toEqual(['Customer', 'UnifiedActivity', 'LoyaltyProgram_Member']);
    const processes = await call(server.url, `/datasets/${INSTANCE}/lookups/processes`);
    expect(processes.json.value).toContainEqual({ Name: 'Ingestion', DisplayName: 'Data sources' });
  });

  it('filters Customer on an indexed attribute and on CustomerId', async () => {
    const gold = await call(server.url, `/datasets/${INSTANCE}/tables/Customer/items?$filter=${encodeURIComponent("Tier eq 'Gold'")}&$select=FullName`);
    expect(gold.status).toBe(200);
    expect(gold.json.value).toEqual([{ FullName: 'Ada Example' }, { FullName: 'Dev Fictional' }]);
    // City is not indexed in the file, so it cannot be filtered on.
    const city = await call(server.url, `/datasets/${INSTANCE}/tables/Customer/items?$filter=${encodeURIComponent("City eq 'Seattle'")}`);
    expect(city.status).toBe(400);
  });

  it('keeps a source entity with access: none out of the item operations, but not out of partitions', async () => {
    const items = await call(server.url, `/datasets/${INSTANCE}/tables/LoyaltyProgram_Member/items`);
    expect(items.status).toBe(400);
    expect(items.json.error.code).toBe('EntityNotRetrievable');
    const partitions = await call(server.url, `/datasets/${INSTANCE}/tables/LoyaltyProgram_Member/partitions`);
    expect(partitions.status).toBe(200);
    expect(partitions.json[0].DynamicProperties.rowCount).toBe(2);
  });

  it('computes segment counts from the filters, and fires the triggers of the file\'s own names', async () => {
    const instance = server.backend.store.instance(INSTANCE);
    expect(instance.segment('GoldMembers').count).toBe(2);
    expect(instance.segment('SeattleCustomers').count).toBe(2);
    expect(instance.segment('NewsletterSubscribers').count).toBe(1250);

    const subscribed = await call(server.url, `/datasets/${INSTANCE}/subscriptions/datasourcerefreshfailed`, { body: { callbackUrl: receiver.url } });
    expect(subscribed.status).toBe(201);
    const fired = await call(server.url, `/_control/instances/${INSTANCE}/datasources/LoyaltyProgram/refresh`, { token: null, body: { failed: true } });
    expect(fired.json.notified).toBe(1);
    const payload = (await receiver.next()).body as { value: { RefreshObjectId: string; ErrorCode: string }[] };
    expect(payload.value[0]!.RefreshObjectId).toBe(instance.dataSource('LoyaltyProgram').id);
    expect(payload.value[0]!.ErrorCode).toEqual(expect.any(String));
  });
});
