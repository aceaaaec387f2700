import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { describedQuery, UndescribedQueryOptionError } from './described-query.js';
import { defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from './index.js';

const loyalty = sampleInstanceIds.loyalty;
let api: FakeRestApi;
const headers = () => ({ Authorization: `Bearer ${makeTestToken(defaultTestIdentity)}`, 'Ocp-Apim-Subscription-Key': 'test-subscription-key' });
const get = async (path: string, extra: Record<string, string> = {}) => {
  const response = await fetch(api.url + path, { headers: { ...headers(), ...extra } });
  return { status: response.status, headers: response.headers, body: response.status === 204 ? undefined : ((await response.json()) as any) };
};

beforeAll(async () => {
  api = await startFakeRestApi();
});
afterAll(() => api.close());

describe('fake REST API routes', () => {
  // Paging and $filter: data.test.ts; every answer against the code model: served-api.test.ts.
  it('lists instances and answers instance metadata', async () => {
    const list = await get('/instances');
    expect(list.status).toBe(200);
    expect(list.body.map((i: any) => i.instanceId)).toEqual([sampleInstanceIds.loyalty, sampleInstanceIds.sandbox]);
    const one = await get(`/instances/${loyalty}`);
    expect(one.body).toMatchObject({ instanceId: loyalty, name: 'Contoso Loyalty (sample)', provisioningState: 'active' });
  });

  it('answers entity metadata with keys, attributes and partitions', async () => {
    const all = await get(`/instances/${loyalty}/manage/entities`);
    expect(all.body.instanceId).toBe(loyalty);
    expect(all.body.entities.map((e: any) => e.name)).toContain('UnifiedActivity');
    const customer = await get(`/instances/${loyalty}/manage/entities/Customer`);
    expect(customer.body.keys[0][0].name).toBe('CustomerId');
    expect(customer.body.partitions.length).toBeGreaterThan(0);
    const activity = await get(`/instances/${loyalty}/manage/entities/UnifiedActivity`);
    expect(activity.body.keys[0][0].name).toBe('ActivityId');
    expect((await get(`/instances/${loyalty}/manage/entities/Nope`)).status).toBe(404);
  });

  it('binds query option names case-insensitively, as ASP.NET does', async () => {
    const jobs = await get(`/instances/${loyalty}/workflows/main/jobs?INCLUDETASKS=true&Top=1`);
    expect(jobs.body).toHaveLength(1);
    expect(jobs.body[0].tasks.length).toBeGreaterThan(0);
  });
});

describe('query options a route may read', () => {
  it('are only those the code model describes for the operation', () => {
    const query = describedQuery('Get-all-segments', new URLSearchParams('includeHistoricStats=true&other=1'));
    expect(query.get('includeHistoricStats')).toBe('true');
    expect(query.get('numberOfSegments')).toBeNull();
    expect(() => query.get('other')).toThrow(UndescribedQueryOptionError);
    expect(() => describedQuery('Get-entities-with-OData-path', new URLSearchParams()).get('$count')).toThrow("reads query option '$count'");
  });
});

describe('recorded calls', () => {
  it('keep at most maxRecordedCalls, dropping the oldest', async () => {
    const small = await startFakeRestApi({ maxRecordedCalls: 20 });
    try {
      for (let n = 0; n < 25; n++) await fetch(`${small.url}/instances?n=${n}`);
      expect(small.calls.length).toBeLessThanOrEqual(20);
      expect(small.calls.at(-1)!.query).toEqual({ n: '24' });
    } finally {
      await small.close();
    }
    await expect(startFakeRestApi({ maxRecordedCalls: 0 })).rejects.toThrow(RangeError);
  });
});

