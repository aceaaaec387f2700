import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';
import { isScalarMeasure } from './ListMeasures.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('ListMeasures → GET /instances/{id}/manage/measures', () => {
  it('offers the scalar measures only (the threshold trigger cannot watch measures with dimensions)', async () => {
    const path = `/datasets/${dataset}/lookups/measures`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const measures = createSampleData().instances[0]!.measures;
    expect(measures.some((m) => m.dimensions.length > 0)).toBe(true);
    expect(answer.json.value).toEqual(measures.filter((m) => m.dimensions.length === 0).map((m) => ({ Name: m.name, DisplayName: m.displayName })));
    expect(await h.violations('GET', path, answer)).toEqual([]);
    expect(h.fake.calls.at(-1)!.path).toBe(`/instances/${dataset}/manage/measures`);
  });

  it('reads isScalar and dimensions from the definition', () => {
    expect(isScalarMeasure({ definition: { isScalar: true, dimensions: [] } })).toBe(true);
    expect(isScalarMeasure({ definition: { isScalar: true } })).toBe(true);
    expect(isScalarMeasure({ definition: { isScalar: false } })).toBe(false);
    expect(isScalarMeasure({ definition: { isScalar: true, dimensions: [{ field: 'City' }] } })).toBe(false);
    expect(isScalarMeasure({})).toBe(false);
  });
});
