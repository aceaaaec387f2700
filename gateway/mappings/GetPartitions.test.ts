import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, Instance, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe("GetPartitions → the entity's partitions[] from GET /manage/entities/{table}", () => {
  it('lists every partition with its location and refresh time', async () => {
    const path = `/datasets/${dataset}/tables/Customer/partitions`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const expected = new Instance(createSampleData().instances[0]!).table('Customer').partitions();
    expect(answer.json.map((t: { Name: string }) => t.Name)).toEqual(expected.map((p) => p.name));
    expect(answer.json[0].DynamicProperties).toMatchObject({ refreshTime: expected[0]!.refreshTime, hasHeader: false });
    // The fake's data lake: a signed URL on the fake itself.
    expect(answer.json[0].DynamicProperties.location).toMatch(new RegExp(`^${new URL(h.fake.url).origin}/lake/.*\\?.*sig=`));
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('passes an unknown entity on as 404', async () => {
    expect((await h.call('GET', `/datasets/${dataset}/tables/Nope/partitions`)).status).toBe(404);
  });
});
