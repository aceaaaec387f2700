/** One contract, both stores: SQLite (memory and a file) and Azure Table Storage against Azurite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startAzurite, type RunningAzurite } from './azurite.testing.js';
import { openSubscriptionStore, StoreUrlError, type NewSubscription, type SubscriptionStore } from './index.js';

let azurite: RunningAzurite;
let folder: string;
let tables = 0;

beforeAll(async () => {
  azurite = await startAzurite();
  folder = mkdtempSync(join(tmpdir(), 'gateway-store-'));
});
afterAll(async () => {
  await azurite?.close();
  rmSync(folder, { recursive: true, force: true });
});

const stores: [string, () => Promise<SubscriptionStore>][] = [
  ['sqlite (memory)', () => openSubscriptionStore('sqlite::memory:')],
  ['sqlite (file)', () => openSubscriptionStore(`sqlite:${join(folder, `s${++tables}.db`)}`)],
  ['azure-table (Azurite)', () => openSubscriptionStore(`azure-table:${azurite.connectionString}Table=contract${++tables}`)],
];

const alice = { tid: 'tenant-a', oid: 'object-alice' };
const bob = { tid: 'tenant-a', oid: 'object-bob' };

function subscription(id: string, overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    id,
    instanceId: 'instance-1',
    kind: 'segmentthresholdcrossed',
    owner: alice,
    callbackUrl: `https://prod-00.westus.logic.azure.com/workflows/${id}?sig=secret`,
    parameters: { segment: 'GoldMembers', threshold: 10 },
    createdAt: 1_000,
    ...overrides,
  };
}

describe.each(stores)('%s', (_name, open) => {
  let store: SubscriptionStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  test('a subscription reads back as it was stored, without a mark', async () => {
    const added = await store.add(subscription('a1'.padEnd(32, '0')));
    expect(added.mark).toBeUndefined();
    const read = await store.get(added.id);
    expect(read).toMatchObject({ ...subscription(added.id), mark: undefined });
    expect(read?.version).toBe(added.version);
    expect(await store.get('f'.repeat(32))).toBeUndefined();
  });

  test('lists by instance and names the instances that have subscriptions', async () => {
    await store.add(subscription('b1'.padEnd(32, '0'), { instanceId: 'instance-2', createdAt: 2_000, kind: 'processcompleted', parameters: { includingManualRefreshes: true } }));
    await store.add(subscription('b2'.padEnd(32, '0'), { instanceId: 'instance-2', createdAt: 3_000 }));
    expect((await store.list('instance-2')).map((s) => s.id)).toEqual(['b1'.padEnd(32, '0'), 'b2'.padEnd(32, '0')]);
    expect((await store.list('instance-2'))[0]?.parameters).toEqual({ includingManualRefreshes: true });
    expect(await store.instances()).toEqual(['instance-1', 'instance-2']);
    expect((await store.list()).length).toBe(3);
  });

  test('only the owner removes a subscription; drop removes it for anyone', async () => {
    const id = 'c1'.padEnd(32, '0');
    await store.add(subscription(id, { instanceId: 'instance-3' }));
    expect(await store.remove(id, bob)).toBe(false);
    expect(await store.remove(id, { tid: 'tenant-b', oid: alice.oid })).toBe(false);
    expect(await store.get(id)).toBeDefined();
    expect(await store.remove(id, alice)).toBe(true);
    expect(await store.get(id)).toBeUndefined();
    expect(await store.remove(id, alice)).toBe(false);
    expect(await store.instances()).not.toContain('instance-3');

    const other = 'c2'.padEnd(32, '0');
    await store.add(subscription(other, { instanceId: 'instance-3' }));
    expect(await store.drop(other)).toBe(true);
    expect(await store.drop(other)).toBe(false);
    expect(await store.list('instance-3')).toEqual([]);
  });

  test('a mark is saved against the version it was computed from; a stale version is a conflict', async () => {
    const id = 'd1'.padEnd(32, '0');
    const added = await store.add(subscription(id, { instanceId: 'instance-4' }));
    const first = await store.saveMark(id, { evaluationDate: '2026-01-01T00:00:00Z', entityCount: 5 }, added.version);
    expect(first.ok).toBe(true);
    // A second replica that read the same row writes with the old version: refused.
    expect(await store.saveMark(id, { evaluationDate: 'stale' }, added.version)).toEqual({ ok: false, reason: 'conflict' });
    const read = await store.get(id);
    expect(read?.mark).toEqual({ evaluationDate: '2026-01-01T00:00:00Z', entityCount: 5 });
    if (first.ok) expect(read?.version).toBe(first.version);
    await store.drop(id);
    expect(await store.saveMark(id, { x: 1 }, read!.version)).toEqual({ ok: false, reason: 'gone' });
  });

  test('one holder at a time has the lease of an instance, until it expires or is released', async () => {
    expect(await store.acquireLease('instance-5', 'replica-a', 1_000, 10_000)).toBe(true);
    expect(await store.acquireLease('instance-5', 'replica-b', 1_000, 10_500)).toBe(false);
    expect(await store.acquireLease('instance-5', 'replica-a', 1_000, 10_600)).toBe(true); // renewed to 11_600
    expect(await store.acquireLease('instance-5', 'replica-b', 1_000, 11_000)).toBe(false);
    expect(await store.acquireLease('instance-5', 'replica-b', 1_000, 11_700)).toBe(true); // expired
    await store.releaseLease('instance-5', 'replica-a'); // not a's any more: no effect
    expect(await store.acquireLease('instance-5', 'replica-a', 1_000, 11_800)).toBe(false);
    await store.releaseLease('instance-5', 'replica-b');
    expect(await store.acquireLease('instance-5', 'replica-a', 1_000, 11_900)).toBe(true);
  });

  test('two replicas racing for a free lease: exactly one wins', async () => {
    const results = await Promise.all(['r1', 'r2', 'r3', 'r4'].map((holder) => store.acquireLease('instance-6', holder, 5_000, 20_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test('ping answers while open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

test('a SQLite file keeps subscriptions and marks across reopening', async () => {
  const url = `sqlite:${join(folder, 'reopen.db')}`;
  const first = await openSubscriptionStore(url);
  const added = await first.add(subscription('e1'.padEnd(32, '0')));
  await first.saveMark(added.id, { seen: ['job-1'] }, added.version);
  await first.close();
  const second = await openSubscriptionStore(url);
  expect((await second.get(added.id))?.mark).toEqual({ seen: ['job-1'] });
  await expect(first.ping()).rejects.toThrow(/closed/);
  await second.close();
});

test('SQLite: a lease of a process that is gone (killed, restarted) is free at once; a live one waits for its expiry', async () => {
  const url = `sqlite:${join(folder, 'lease.db')}`;
  const first = await openSubscriptionStore(url);
  expect(await first.acquireLease('instance-9', 'old-replica', 600_000, 1_000)).toBe(true);
  const second = await openSubscriptionStore(url);
  expect(await second.acquireLease('instance-9', 'new-replica', 600_000, 2_000)).toBe(false); // the first store is still open
  await first.close(); // as good as a killed process: its holder is gone
  expect(await second.acquireLease('instance-9', 'new-replica', 600_000, 3_000)).toBe(true);
  await second.close();
});

test('store URLs: unknown schemes, empty files, missing variables and bad table names are refused by name', async () => {
  await expect(openSubscriptionStore('redis://x')).rejects.toThrow(StoreUrlError);
  await expect(openSubscriptionStore('sqlite:')).rejects.toThrow(/names no file/);
  await expect(openSubscriptionStore('azure-table:env:NOT_SET_HERE', {})).rejects.toThrow(/NOT_SET_HERE, which is not set/);
  await expect(openSubscriptionStore('azure-table:AccountName=a;AccountKey=SECRETKEY;Table=x')).rejects.toThrow(/table 'x'/);
  await expect(openSubscriptionStore('azure-table:AccountName=a;AccountKey=SECRETKEY;Table=x')).rejects.not.toThrow(/SECRETKEY/);
});

test('a store that cannot be opened is a StoreUrlError that says why, with any key masked', async () => {
  const noFolder = await openSubscriptionStore('sqlite:/nonexistent-folder-for-tests/gateway.db').catch((e: unknown) => e);
  expect(noFolder).toBeInstanceOf(StoreUrlError);
  expect((noFolder as Error).message).toMatch(/^The store 'sqlite:\/nonexistent-folder-for-tests\/gateway\.db' cannot be opened: .*directory does not exist/);
  await expect(openSubscriptionStore('azure-table:garbage')).rejects.toThrow(/'azure-table:garbage' is not an Azure Storage connection string/);
  await expect(openSubscriptionStore('azure-table:Table=subs;x')).rejects.toThrow(StoreUrlError);
  // A storage account that does not answer (nothing listens on port 1).
  const key = Buffer.from('not-a-real-key').toString('base64');
  const unreachable = await openSubscriptionStore(`azure-table:DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};TableEndpoint=http://127.0.0.1:1/devstoreaccount1`).catch((e: unknown) => e);
  expect(unreachable).toBeInstanceOf(StoreUrlError);
  expect((unreachable as Error).message).toMatch(/cannot be opened: .*ECONNREFUSED/);
  expect((unreachable as Error).message).not.toContain(key);
  expect((unreachable as Error).message).toContain('AccountKey=[redacted]');
}, 30_000);

test('azure-table:env:VAR reads the connection string from the environment', async () => {
  const store = await openSubscriptionStore('azure-table:env:GATEWAY_TEST_STORE', { GATEWAY_TEST_STORE: `${azurite.connectionString}Table=fromenv` });
  await store.add(subscription('f1'.padEnd(32, '0')));
  expect(await store.instances()).toEqual(['instance-1']);
  await store.close();
});
