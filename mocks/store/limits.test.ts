import { describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../data/index.js';
import { itemListBody } from '../handlers/item-list-body.js';
import { createManualClock } from './clock.js';
import { ApiError } from './errors.js';
import { defaultLimits, resolveLimits, type BackendLimits } from './limits.js';
import { MAX_STATUS_REPORTS, Store } from './store.js';
import { SubscriptionRegistry } from './subscriptions.js';

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

const customers = (limits: Partial<BackendLimits>) =>
  new Store(createSampleData({ customers: 5 }), createManualClock(), resolveLimits(limits)).instance(sampleInstanceIds.loyalty).table('Customer');

describe('resolveLimits', () => {
  it('applies overrides to the defaults and refuses nonsense', () => {
    expect(resolveLimits({ maxBodyBytes: 10 })).toEqual({ ...defaultLimits, maxBodyBytes: 10 });
    expect(() => resolveLimits({ maxBodyBytes: 0 })).toThrow(/positive whole number/);
    expect(() => resolveLimits({ maxBodyBytes: 1.5 })).toThrow(/positive whole number/);
    expect(() => resolveLimits({ nope: 1 } as Partial<BackendLimits>)).toThrow(/Unknown backend limit 'nope'/);
  });
});

describe('subscription quotas', () => {
  const input = (connection: string) => ({ instance: 'i', kind: 'fullrefreshcompleted' as const, callbackUrl: 'https://x.example/cb', connection });

  it('per connection and in total, with the slot freed by a delete', () => {
    const registry = new SubscriptionRegistry(() => 0, { maxSubscriptionsPerConnection: 2, maxSubscriptionsTotal: 3 });
    const first = registry.add(input('a'));
    registry.add(input('a'));
    expect(apiError(() => registry.add(input('a')))).toMatchObject({ status: 429, code: 'SubscriptionQuotaExceeded' });
    registry.add(input('b'));
    expect(apiError(() => registry.add(input('c')))).toMatchObject({ status: 429, code: 'SubscriptionQuotaExceeded' });
    expect(registry.remove(first.id, 'b')).toBe(false);
    expect(registry.remove(first.id, 'a')).toBe(true);
    expect(registry.add(input('c')).connection).toBe('c');
  });

  it('gives 128-bit random ids, readable only by their connection', () => {
    const registry = new SubscriptionRegistry(() => 0);
    const ids = new Set(Array.from({ length: 100 }, () => registry.add(input('a')).id));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [id] = ids;
    expect(registry.get(id!, 'a')).toBeDefined();
    expect(registry.get(id!, 'b')).toBeUndefined();
  });
});

describe('table limits', () => {
  it('refuses a create once the table holds its most rows', () => {
    const table = customers({ maxItemsPerTable: 6 });
    table.create({ FirstName: 'Six' });
    expect(apiError(() => table.create({ FirstName: 'Seven' }))).toMatchObject({ status: 429, code: 'TableFull' });
  });

  it('counts written bytes, crediting what an update replaces', () => {
    const table = customers({ maxWrittenBytesPerTable: 2_000 });
    const row = table.create({ FirstName: 'x'.repeat(900) });
    const id = String(row[table.definition.key]);
    // Replacing the row in place stays within the limit, again and again.
    for (let i = 0; i < 5; i++) table.update(id, { FirstName: `${i}${'y'.repeat(900)}` });
    expect(table.writtenBytes).toBeLessThan(1_100);
    table.create({ FirstName: 'z'.repeat(800) });
    expect(apiError(() => table.create({ FirstName: 'w'.repeat(800) }))).toMatchObject({ status: 429, code: 'TableFull' });
    expect(table.size).toBe(7);
  });
});

describe('answer size', () => {
  it('refuses to build a Get items body over the limit', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    expect(Buffer.concat(itemListBody(rows, { rowsAreStored: false, maxBytes: 10_000 })).toString('utf8')).toBe(JSON.stringify({ value: rows }));
    const error = apiError(() => itemListBody(rows, { rowsAreStored: false, maxBytes: 500 }));
    expect(error).toMatchObject({ status: 400, code: 'ResponseTooLarge' });
    expect(error.message).toMatch(/about 4 of the requested items fit/);
  });
});

describe('status reports', () => {
  it('keeps the latest ones only', () => {
    const store = new Store(createSampleData({ customers: 1 }), createManualClock());
    for (let i = 0; i < MAX_STATUS_REPORTS + 10; i++) store.recordStatusReport({ instance: 'i', reportType: `r${i}`, version: 1, connection: 'c', receivedAt: '' });
    expect(store.statusReports).toHaveLength(MAX_STATUS_REPORTS);
    expect(store.statusReports[0]!.reportType).toBe('r10');
  });
});
