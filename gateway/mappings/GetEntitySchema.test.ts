import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';
import { attributeSchema } from './entity-schema.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('GetEntitySchema → GET /instances/{id}/manage/entities/{table}', () => {
  it('maps attributes to JSON Schema properties with their types and friendly names', async () => {
    const path = `/datasets/${dataset}/tables/AnnexLoyalty_Member/schema`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.json.Name).toBe('AnnexLoyalty_Member');
    const { properties } = answer.json.schema;
    expect(answer.json.schema.type).toBe('object');
    expect(properties.availablePoints).toMatchObject({ type: 'integer', format: 'int64' });
    expect(properties.email.type).toBe('string');
    expect(properties.id.description).toMatch(/Identifier/);
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('answers the list shape for Get items bodies', async () => {
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/schema?shape=list`);
    expect(answer.json.schema.properties.value.type).toBe('array');
    expect(answer.json.schema.properties.value.items.properties.CustomerId.type).toBe('string');
  });

  it('refuses an unknown shape and passes an unknown entity on as 404', async () => {
    expect((await h.call('GET', `/datasets/${dataset}/tables/Customer/schema?shape=tree`)).status).toBe(400);
    expect((await h.call('GET', `/datasets/${dataset}/tables/Nope/schema`)).status).toBe(404);
  });

  it('reads Edm-style and CDM data type names alike', () => {
    expect(attributeSchema({ name: 'a', dataType: 'Edm.DateTimeOffset' })).toMatchObject({ type: 'string', format: 'date-time' });
    expect(attributeSchema({ name: 'b', dataType: 'Int64' })).toMatchObject({ type: 'integer' });
    expect(attributeSchema({ name: 'c', dataType: 'Edm.Boolean', friendlyName: 'C!' })).toMatchObject({ type: 'boolean', title: 'C!' });
    expect(attributeSchema({ name: 'd', dataType: 'SomethingNew' })).toMatchObject({ type: 'string', title: 'd' });
  });
});
