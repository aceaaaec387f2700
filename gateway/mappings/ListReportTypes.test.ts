import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('ListReportTypes: the REST API has no status reports', () => {
  it('answers 501 with an OData error that says why, without calling upstream', async () => {
    const path = `/datasets/${dataset}/lookups/reporttypes`;
    const before = h.fake.calls.length;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(501);
    expect(answer.json.error.code).toBe('NotImplemented');
    expect(answer.json.error.message).toMatch(/REST API has no report types/);
    expect(await h.violations('GET', path, answer)).toEqual([]);
    expect(h.fake.calls.length).toBe(before);
  });

  it('still answers 401 first when the caller has no token', async () => {
    expect((await h.call('GET', `/datasets/${dataset}/lookups/reporttypes`, { token: null })).status).toBe(401);
  });
});
