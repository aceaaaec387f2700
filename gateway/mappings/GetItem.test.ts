import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';
import { keyFilter } from './context.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe("GetItem → GET /data/{table}?$filter=<key> eq '<id>'&$top=1", () => {
  it("reads one item by the key of the entity's metadata", async () => {
    const some = await h.call('GET', `/datasets/${dataset}/tables/UnifiedActivity/items?$top=1&$skip=7`);
    const row = some.json.value[0];
    const path = `/datasets/${dataset}/tables/UnifiedActivity/items/${encodeURIComponent(row.ActivityId)}`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(row);
    expect(h.fake.calls.at(-1)!.query).toEqual({ $filter: `ActivityId eq '${row.ActivityId}'`, $top: '1' });
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('answers 404 when nothing matches, also for ids with quotes', async () => {
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/items/${encodeURIComponent("no'such")}`);
    expect(answer.status).toBe(404);
    expect(answer.json.error).toMatchObject({ code: 'ItemNotFound' });
    expect(h.fake.calls.at(-1)!.query.$filter).toBe("CustomerId eq 'no''such'");
    expect(await h.violations('GET', `/datasets/${dataset}/tables/Customer/items/x`, answer)).toEqual([]);
  });

  it('reuses the entity metadata for a minute instead of reading it on every call', async () => {
    const before = h.fake.calls.length;
    await h.call('GET', `/datasets/${dataset}/tables/Customer/items/a`);
    await h.call('GET', `/datasets/${dataset}/tables/Customer/items/b`);
    const paths = h.fake.calls.slice(before).map((c) => c.path);
    expect(paths.filter((p) => p.includes('/manage/entities/'))).toHaveLength(0);
    expect(paths).toHaveLength(2);
  });

  it('writes numeric keys bare and escapes string keys', () => {
    expect(keyFilter({ name: 'Id', dataType: 'Int64' }, '42')).toBe('Id eq 42');
    expect(keyFilter({ name: 'Id', dataType: 'Int64' }, '4 or 1 eq 1')).toBe("Id eq '4 or 1 eq 1'");
    expect(keyFilter({ name: 'Id', dataType: 'String' }, "a' or 'b")).toBe("Id eq 'a'' or ''b'");
  });
});
