import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('UpdateItem → PATCH /instances/{id}/data/{table}/{id}, then the item read back', () => {
  it('answers the updated item where the REST API answers 204', async () => {
    const first = (await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$top=1`)).json.value[0];
    const path = `/datasets/${dataset}/tables/Customer/items/${encodeURIComponent(first.CustomerId)}`;
    const before = h.fake.calls.length;
    const answer = await h.call('PATCH', path, { body: { CurrentTier: 'Platinum' } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ ...first, CurrentTier: 'Platinum' });
    const calls = h.fake.calls.slice(before);
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ path: `/instances/${dataset}/data/Customer/${first.CustomerId}` });
    expect(calls.at(-1)).toMatchObject({ method: 'GET', query: { $filter: `CustomerId eq '${first.CustomerId}'`, $top: '1' } });
    expect(await h.violations('PATCH', path, answer)).toEqual([]);
  });

  it('answers the written fields with the key when the read-back does not see the item yet', async () => {
    const first = (await h.call('GET', `/datasets/${dataset}/tables/Customer/items?$top=1&$skip=3`)).json.value[0];
    h.fake.control.failNext({ method: 'GET', path: /\/data\/Customer$/ }, { status: 404 });
    const answer = await h.call('PATCH', `/datasets/${dataset}/tables/Customer/items/${first.CustomerId}`, { body: { CurrentTier: 'Silver' } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ CurrentTier: 'Silver', CustomerId: first.CustomerId });
  });

  it('passes 404 for an unknown item and 400 for a bad body on', async () => {
    const missing = await h.call('PATCH', `/datasets/${dataset}/tables/Customer/items/none`, { body: { CurrentTier: 'Gold' } });
    expect(missing.status).toBe(404);
    const bad = await h.call('PATCH', `/datasets/${dataset}/tables/Customer/items/none`, { body: '"text"' });
    expect(bad.status).toBe(400);
  });
});
