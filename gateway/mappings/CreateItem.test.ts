import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
const waits: number[] = [];
beforeAll(async () => void (h = await startHarness({ sleep: async (ms) => void waits.push(ms) })));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;
const path = `/datasets/${dataset}/tables/UnifiedActivity/items`;
const activity = (id: string) => ({ ActivityId: id, CustomerId: 'c-1', ActivityType: 'LoyaltyActivity', ActivityTime: '2026-01-15T10:00:00Z', Points: 5 });

describe('CreateItem → POST /instances/{id}/data/{table}', () => {
  it('creates the item and answers 201 with the Location of the new item on the gateway', async () => {
    const answer = await h.call('POST', path, { body: activity('gw-create-1') });
    expect(answer.status).toBe(201);
    expect(answer.text).toBe('');
    const location = answer.headers.get('location')!;
    expect(location).toBe(`http://gateway.test${path}/gw-create-1`);
    expect(h.fake.calls.at(-1)).toMatchObject({ method: 'POST', path: `/instances/${dataset}/data/UnifiedActivity` });
    expect(await h.violations('POST', path, answer)).toEqual([]);
    const read = await h.call('GET', new URL(location).pathname);
    expect(read.json).toMatchObject({ ActivityId: 'gw-create-1', Points: 5 });
  });

  it("passes the REST API's refusals on with their status (profiles cannot be created, duplicates conflict)", async () => {
    const profile = await h.call('POST', `/datasets/${dataset}/tables/Customer/items`, { body: { CustomerId: 'new' } });
    expect(profile.status).toBe(400);
    expect(profile.json.error.code).toBe('ProfileCreationNotSupported');
    const again = await h.call('POST', path, { body: activity('gw-create-1') });
    expect(again.status).toBe(409);
  });

  it('refuses a body that is not a JSON object before calling upstream', async () => {
    const before = h.fake.calls.length;
    expect((await h.call('POST', path, { body: '[1,2]' })).status).toBe(400);
    expect((await h.call('POST', path, { body: '{oops' })).status).toBe(400);
    expect(h.fake.calls.length).toBe(before);
  });

  it('retries a 429 once after its Retry-After', async () => {
    h.fake.control.failNext({ method: 'POST', path: /\/data\/UnifiedActivity$/ }, { status: 429, retryAfterSeconds: 2 });
    const answer = await h.call('POST', path, { body: activity('gw-create-429') });
    expect(answer.status).toBe(201);
    expect(waits).toEqual([2000]);
  });

  it('gives a second 429 back with Retry-After', async () => {
    h.fake.control.failNext({ method: 'POST', path: /\/data\/UnifiedActivity$/ }, { status: 429, retryAfterSeconds: 3 }, 2);
    const answer = await h.call('POST', path, { body: activity('gw-create-429b') });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('3');
    expect(answer.json.error.code).toBeTruthy();
  });
});
