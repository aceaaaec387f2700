import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('GetEntities → GET /instances/{id}/manage/entities', () => {
  it('lists every entity, including those only readable through partitions', async () => {
    const path = `/datasets/${dataset}/tables`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const names = answer.json.value.map((t: { Name: string }) => t.Name);
    expect(names).toEqual(createSampleData().instances[0]!.entities.map((e) => e.name));
    const pairs = answer.json.value.find((t: { Name: string }) => t.Name === 'ConflationMatchPairs');
    expect(pairs.DynamicProperties).toMatchObject({ entityType: 'conflationMap', itemAccess: 'none' });
    const customer = answer.json.value.find((t: { Name: string }) => t.Name === 'Customer');
    expect(customer.DynamicProperties).toMatchObject({ entityType: 'profile', itemAccess: 'read', key: 'CustomerId' });
    expect(customer.DynamicProperties.partitionCount).toBeGreaterThan(0);
    expect(customer.DynamicProperties).not.toHaveProperty('dataSource');
    const member = answer.json.value.find((t: { Name: string }) => t.Name === 'AnnexLoyalty_Member');
    expect(member).toMatchObject({ DisplayName: 'AnnexLoyalty_Member', DynamicProperties: { dataSource: 'AnnexLoyalty' } });
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('answers 404 for an unknown instance with the upstream status', async () => {
    const answer = await h.call('GET', '/datasets/00000000-0000-4000-8000-000000000000/tables');
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBeTruthy();
  });
});

describe('entity tables', () => {
  it('names the data source of ingested entities only, and shows a short name with its source', async () => {
    const { entityTable } = await import('./entity-tables.js');
    const base = { attributes: [], keys: [], partitions: [] };
    expect(entityTable({ ...base, name: 'loyCustomers', qualifiedEntityName: 'LoyaltyScheme_loyCustomers', dataSourceName: 'LoyaltyScheme' })).toMatchObject({
      Name: 'LoyaltyScheme_loyCustomers',
      DisplayName: 'loyCustomers (LoyaltyScheme)',
      DynamicProperties: { dataSource: 'LoyaltyScheme' },
    });
    const unified = entityTable({ ...base, name: 'Customer', qualifiedEntityName: 'Customer', dataSourceName: 'CustomerInsights' });
    expect(unified.DisplayName).toBe('Customer');
    expect(unified.DynamicProperties).not.toHaveProperty('dataSource');
  });
});
