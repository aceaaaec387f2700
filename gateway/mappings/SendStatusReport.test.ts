import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('SendStatusReport: the REST API has no status reports', () => {
  it('answers 501 with an OData error that says why, without calling upstream', async () => {
    const path = `/datasets/${dataset}/statusreports/Daily`;
    const before = h.fake.calls.length;
    const answer = await h.call('POST', path);
    expect(answer.status).toBe(501);
    expect(answer.json.error.code).toBe('NotImplemented');
    expect(answer.json.error.message).toMatch(/REST API has no report types/);
    expect(await h.violations('POST', path, answer)).toEqual([]);
    expect(h.fake.calls.length).toBe(before);
  });

  it('still answers 401 first when the caller has no token', async () => {
    expect((await h.call('POST', `/datasets/${dataset}/statusreports/Daily`, { token: null })).status).toBe(401);
  });
});
