import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('ListEntities → GET /instances/{id}/manage/entities', () => {
  it('offers only the entities the data route serves', async () => {
    const path = `/datasets/${dataset}/lookups/entities`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const expected = createSampleData()
      .instances[0]!.entities.filter((e) => e.itemAccess !== 'none')
      .map((e) => e.name);
    expect(answer.json.value.map((t: { Name: string }) => t.Name)).toEqual(expected);
    expect(await h.violations('GET', path, answer)).toEqual([]);
    // Every offered entity really answers Get items.
    for (const name of expected) {
      expect((await h.call('GET', `/datasets/${dataset}/tables/${name}/items?$top=1`)).status).toBe(200);
    }
  });
});
