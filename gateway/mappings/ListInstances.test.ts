import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());

describe('ListInstances → GET /instances', () => {
  it('answers every instance the caller may read, instanceId as Name and name as DisplayName', async () => {
    const answer = await h.call('GET', '/datasets');
    expect(answer.status).toBe(200);
    const expected = createSampleData().instances.map((i) => ({ Name: i.id, DisplayName: i.displayName }));
    expect(answer.json.value).toEqual(expected);
    expect(await h.violations('GET', '/datasets', answer)).toEqual([]);
    expect(h.fake.calls.at(-1)).toMatchObject({ method: 'GET', path: '/instances' });
  });

  it('answers 401 without calling upstream when there is no bearer token', async () => {
    const before = h.fake.calls.length;
    const answer = await h.call('GET', '/datasets', { token: null });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.json.error.code).toBe('Unauthorized');
    expect(h.fake.calls.length).toBe(before);
  });

  it("passes the REST API's 401 for a bad token on in the connector's error shape", async () => {
    const answer = await h.call('GET', '/datasets', { token: 'not-a-jwt' });
    expect(answer.status).toBe(401);
    expect(answer.json.error.message).toMatch(/Customer Insights API answered 401/);
    expect(await h.violations('GET', '/datasets', answer)).toEqual([]);
  });
});
