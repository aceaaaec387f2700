import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());

describe('ListSegments → GET /instances/{id}/manage/segments', () => {
  it('offers every segment by name with its friendly name', async () => {
    for (const [index, dataset] of [sampleInstanceIds.loyalty, sampleInstanceIds.sandbox].entries()) {
      const path = `/datasets/${dataset}/lookups/segments`;
      const answer = await h.call('GET', path);
      expect(answer.status).toBe(200);
      const segments = createSampleData().instances[index]!.segments;
      expect(answer.json.value).toEqual(segments.map((s) => ({ Name: s.name, DisplayName: s.displayName })));
      expect(await h.violations('GET', path, answer)).toEqual([]);
    }
  });

  it('passes a 403 for an identity without access to the instance on', async () => {
    const { makeTestToken } = await import('../../mocks/index.js');
    const stranger = makeTestToken({ tid: '00000000-0000-4000-a000-00000000a0ff', oid: '00000000-0000-4000-a000-00000000b0ff' });
    const answer = await h.call('GET', `/datasets/${sampleInstanceIds.loyalty}/lookups/segments`, { token: stranger });
    expect(answer.status).toBe(403);
    expect(answer.json.error.message).toMatch(/403/);
  });
});
