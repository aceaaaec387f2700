import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, Instance, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('GetPartitionsV2 → partitions[] plus the CSV header of the attributes', () => {
  it('answers the header and all partitions, or the one with the display name asked for', async () => {
    const path = `/v2/datasets/${dataset}/tables/Customer/partitions`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const sample = createSampleData().instances[0]!;
    const entity = sample.entities.find((e) => e.name === 'Customer')!;
    expect(answer.json.Header).toBe(entity.attributes.map((a) => a.name).join(','));
    const partitions = new Instance(sample).table('Customer').partitions();
    expect(answer.json.Partitions).toHaveLength(partitions.length);
    expect(await h.violations('GET', path, answer)).toEqual([]);

    const wanted = partitions[1]!.name;
    const one = await h.call('GET', `${path}?partitionDisplayName=${encodeURIComponent(wanted.toUpperCase())}`);
    expect(one.json.Partitions.map((p: { Name: string }) => p.Name)).toEqual([wanted]);
    const none = await h.call('GET', `${path}?partitionDisplayName=nothing-like-it`);
    expect(none.json.Partitions).toEqual([]);
  });
});
