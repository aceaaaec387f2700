/**
 * The embedded store: one SQLite file (WAL, so readers never wait for the writer), written
 * synchronously by better-sqlite3. A write returns only once SQLite has it, so a process killed
 * right after a delivery was accepted still finds the mark it saved.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import type { HighWaterMark, MarkWrite, NewSubscription, Owner, StoredSubscription, SubscriptionStore } from './types.js';
import { triggerKindOf } from './validate.js';

interface Row {
  id: string;
  instance_id: string;
  kind: string;
  owner_tid: string;
  owner_oid: string;
  callback_url: string;
  parameters: string;
  created_at: number;
  mark: string | null;
  version: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY,
  instance_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  owner_tid TEXT NOT NULL,
  owner_oid TEXT NOT NULL,
  callback_url TEXT NOT NULL,
  parameters TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  mark TEXT,
  version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_by_instance ON subscriptions (instance_id);
CREATE TABLE IF NOT EXISTS leases (
  instance_id TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  store_id TEXT NOT NULL
);
`;

/** Stores open in this process, by id: a lease taken through one of them has a live holder. */
const openStores = new Set<string>();

interface LeaseRow {
  holder: string;
  expires_at: number;
  host: string;
  pid: number;
  store_id: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lease whose holder is known to be gone: taken on this host by a process that no longer runs,
 * or by this very process through a store that was closed (a process killed and restarted, also
 * in a container where the new process has the old one's pid). Such a lease is free at once
 * instead of after its expiry, so a restart does not pause polling.
 */
function holderGone(lease: LeaseRow): boolean {
  if (lease.host !== hostname()) return false;
  if (lease.pid === process.pid) return !openStores.has(lease.store_id);
  return !processAlive(lease.pid);
}

function fromRow(row: Row): StoredSubscription {
  return {
    id: row.id,
    instanceId: row.instance_id,
    kind: triggerKindOf(row.kind),
    owner: { tid: row.owner_tid, oid: row.owner_oid },
    callbackUrl: row.callback_url,
    parameters: JSON.parse(row.parameters) as StoredSubscription['parameters'],
    createdAt: row.created_at,
    mark: row.mark === null ? undefined : (JSON.parse(row.mark) as HighWaterMark),
    version: String(row.version),
  };
}

/** `file` is a path, or `:memory:` for a store that lives as long as the process. */
export function openSqliteStore(file: string): SubscriptionStore {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // A second process on the same file (a restart that overlaps the old one) waits instead of failing.
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare(
    `INSERT INTO subscriptions (id, instance_id, kind, owner_tid, owner_oid, callback_url, parameters, created_at, mark, version)
     VALUES (@id, @instance_id, @kind, @owner_tid, @owner_oid, @callback_url, @parameters, @created_at, NULL, 1)`,
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM subscriptions WHERE id = ?');
  const byInstance = db.prepare<[string], Row>('SELECT * FROM subscriptions WHERE instance_id = ? ORDER BY created_at, id');
  const all = db.prepare<[], Row>('SELECT * FROM subscriptions ORDER BY created_at, id');
  const instances = db.prepare<[], { instance_id: string }>('SELECT DISTINCT instance_id FROM subscriptions ORDER BY instance_id');
  const removeOwned = db.prepare<[string, string, string]>('DELETE FROM subscriptions WHERE id = ? AND owner_tid = ? AND owner_oid = ?');
  const drop = db.prepare<[string]>('DELETE FROM subscriptions WHERE id = ?');
  const saveMark = db.prepare<[string, string, number]>('UPDATE subscriptions SET mark = ?, version = version + 1 WHERE id = ? AND version = ?');
  const lease = db.prepare<[string], LeaseRow>('SELECT holder, expires_at, host, pid, store_id FROM leases WHERE instance_id = ?');
  const putLease = db.prepare<[string, string, number, string, number, string]>(
    `INSERT INTO leases (instance_id, holder, expires_at, host, pid, store_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (instance_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at, host = excluded.host, pid = excluded.pid, store_id = excluded.store_id`,
  );
  const storeId = randomBytes(8).toString('hex');
  openStores.add(storeId);
  const releaseLease = db.prepare<[string, string]>('DELETE FROM leases WHERE instance_id = ? AND holder = ?');
  const acquire = db.transaction((instanceId: string, holder: string, ttlMs: number, now: number): boolean => {
    const current = lease.get(instanceId);
    if (current && current.holder !== holder && current.expires_at > now && !holderGone(current)) return false;
    putLease.run(instanceId, holder, now + ttlMs, hostname(), process.pid, storeId);
    return true;
  });
  let open = true;

  return {
    async add(subscription: NewSubscription) {
      insert.run({
        id: subscription.id,
        instance_id: subscription.instanceId,
        kind: subscription.kind,
        owner_tid: subscription.owner.tid,
        owner_oid: subscription.owner.oid,
        callback_url: subscription.callbackUrl,
        parameters: JSON.stringify(subscription.parameters),
        created_at: subscription.createdAt,
      });
      return { ...subscription, mark: undefined, version: '1' };
    },
    async get(id) {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    async remove(id, owner: Owner) {
      return removeOwned.run(id, owner.tid, owner.oid).changes > 0;
    },
    async drop(id) {
      return drop.run(id).changes > 0;
    },
    async list(instanceId) {
      return (instanceId === undefined ? all.all() : byInstance.all(instanceId)).map(fromRow);
    },
    async instances() {
      return instances.all().map((row) => row.instance_id);
    },
    async saveMark(id, mark, expectedVersion): Promise<MarkWrite> {
      const expected = Number(expectedVersion);
      if (Number.isSafeInteger(expected) && saveMark.run(JSON.stringify(mark), id, expected).changes > 0) {
        return { ok: true, version: String(expected + 1) };
      }
      return byId.get(id) ? { ok: false, reason: 'conflict' } : { ok: false, reason: 'gone' };
    },
    async acquireLease(instanceId, holder, ttlMs, now) {
      return acquire(instanceId, holder, ttlMs, now);
    },
    async releaseLease(instanceId, holder) {
      releaseLease.run(instanceId, holder);
    },
    async ping() {
      if (!open) throw new Error('The SQLite subscription store is closed');
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (!open) return;
      open = false;
      openStores.delete(storeId);
      db.close();
    },
  };
}
