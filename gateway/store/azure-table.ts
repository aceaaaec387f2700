/**
 * The store for several replicas: one Azure Storage table.
 *
 * Partitions:
 * - `s~<instanceId>`: one row per subscription (RowKey = its id), so a poller reads its instance's
 *   subscriptions with one partition query;
 * - `id`: RowKey = subscription id → its instance, so an unsubscribe (which knows only the id)
 *   finds the row without scanning the table;
 * - `lease`: RowKey = instance id → the replica that polls it and until when.
 *
 * Concurrency is the table's own: a mark is written with `If-Match: <etag>` of the row it was
 * computed from, and the lease row is taken by insert (409 when it exists) or by an ETag-guarded
 * replace once it has expired, so two replicas can never both believe they hold it.
 */
import { RestError, TableClient, type TableEntityResult } from '@azure/data-tables';
import { DEFAULT_TABLE_NAME } from './defaults.js';
import type { HighWaterMark, MarkWrite, NewSubscription, Owner, StoredSubscription, SubscriptionStore } from './types.js';
import { triggerKindOf } from './validate.js';

const SUBSCRIPTIONS = (instanceId: string) => `s~${instanceId}`;
const ID_INDEX = 'id';
const LEASES = 'lease';

interface SubscriptionEntity {
  partitionKey: string;
  rowKey: string;
  instanceId: string;
  kind: string;
  ownerTid: string;
  ownerOid: string;
  callbackUrl: string;
  parameters: string;
  createdAt: number;
  mark?: string;
}

interface IndexEntity {
  partitionKey: string;
  rowKey: string;
  instanceId: string;
}

interface LeaseEntity {
  partitionKey: string;
  rowKey: string;
  holder: string;
  expiresAt: number;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

async function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

function fromEntity(entity: TableEntityResult<SubscriptionEntity>): StoredSubscription {
  return {
    id: entity.rowKey,
    instanceId: entity.instanceId,
    kind: triggerKindOf(entity.kind),
    owner: { tid: entity.ownerTid, oid: entity.ownerOid },
    callbackUrl: entity.callbackUrl,
    parameters: JSON.parse(entity.parameters) as StoredSubscription['parameters'],
    createdAt: Number(entity.createdAt),
    mark: entity.mark === undefined || entity.mark === '' ? undefined : (JSON.parse(entity.mark) as HighWaterMark),
    version: entity.etag,
  };
}

/** Single quotes doubled: OData string literal. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

export interface AzureTableStoreOptions {
  connectionString: string;
  tableName?: string;
}

export async function openAzureTableStore(options: AzureTableStoreOptions): Promise<SubscriptionStore> {
  const insecure = /(^|;)\s*(TableEndpoint\s*=\s*http:|UseDevelopmentStorage\s*=\s*true)/i.test(options.connectionString);
  const table = TableClient.fromConnectionString(options.connectionString, options.tableName ?? DEFAULT_TABLE_NAME, {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: 2 },
  });
  await table.createTable();

  async function read(id: string): Promise<TableEntityResult<SubscriptionEntity> | undefined> {
    const index = await orUndefined(table.getEntity<IndexEntity>(ID_INDEX, id));
    if (!index) return undefined;
    return orUndefined(table.getEntity<SubscriptionEntity>(SUBSCRIPTIONS(index.instanceId), id));
  }

  async function removeRow(entity: TableEntityResult<SubscriptionEntity>): Promise<boolean> {
    try {
      await table.deleteEntity(entity.partitionKey, entity.rowKey);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      return false;
    } finally {
      await orUndefined(table.deleteEntity(ID_INDEX, entity.rowKey));
    }
    return true;
  }

  return {
    async add(subscription: NewSubscription) {
      // The index row first: a subscription row is never without the row that finds it.
      await table.createEntity<IndexEntity>({ partitionKey: ID_INDEX, rowKey: subscription.id, instanceId: subscription.instanceId });
      const entity: SubscriptionEntity = {
        partitionKey: SUBSCRIPTIONS(subscription.instanceId),
        rowKey: subscription.id,
        instanceId: subscription.instanceId,
        kind: subscription.kind,
        ownerTid: subscription.owner.tid,
        ownerOid: subscription.owner.oid,
        callbackUrl: subscription.callbackUrl,
        parameters: JSON.stringify(subscription.parameters),
        createdAt: subscription.createdAt,
      };
      try {
        const created = await table.createEntity(entity);
        return { ...subscription, mark: undefined, version: created.etag ?? '' };
      } catch (error) {
        await orUndefined(table.deleteEntity(ID_INDEX, subscription.id));
        throw error;
      }
    },

    async get(id) {
      const entity = await read(id);
      return entity ? fromEntity(entity) : undefined;
    },

    async remove(id, owner: Owner) {
      const entity = await read(id);
      if (!entity || entity.ownerTid !== owner.tid || entity.ownerOid !== owner.oid) return false;
      return removeRow(entity);
    },

    async drop(id) {
      const entity = await read(id);
      return entity ? removeRow(entity) : false;
    },

    async list(instanceId) {
      const filter = instanceId === undefined ? `PartitionKey ne '${ID_INDEX}' and PartitionKey ne '${LEASES}'` : `PartitionKey eq ${literal(SUBSCRIPTIONS(instanceId))}`;
      const out: StoredSubscription[] = [];
      for await (const entity of table.listEntities<SubscriptionEntity>({ queryOptions: { filter } })) out.push(fromEntity(entity));
      return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    async instances() {
      const seen = new Set<string>();
      for await (const entity of table.listEntities<IndexEntity>({ queryOptions: { filter: `PartitionKey eq '${ID_INDEX}'`, select: ['instanceId'] } })) {
        seen.add(entity.instanceId);
      }
      return [...seen].sort();
    },

    async saveMark(id, mark: HighWaterMark, expectedVersion): Promise<MarkWrite> {
      const index = await orUndefined(table.getEntity<IndexEntity>(ID_INDEX, id));
      if (!index) return { ok: false, reason: 'gone' };
      try {
        const written = await table.updateEntity(
          { partitionKey: SUBSCRIPTIONS(index.instanceId), rowKey: id, mark: JSON.stringify(mark) },
          'Merge',
          { etag: expectedVersion },
        );
        return { ok: true, version: written.etag ?? '' };
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) return { ok: false, reason: 'gone' };
        if (status === 412) return { ok: false, reason: 'conflict' };
        throw error;
      }
    },

    async acquireLease(instanceId, holder, ttlMs, now) {
      const current = await orUndefined(table.getEntity<LeaseEntity>(LEASES, instanceId));
      const next: LeaseEntity = { partitionKey: LEASES, rowKey: instanceId, holder, expiresAt: now + ttlMs };
      try {
        if (!current) {
          await table.createEntity(next);
          return true;
        }
        if (current.holder !== holder && Number(current.expiresAt) > now) return false;
        await table.updateEntity(next, 'Replace', { etag: current.etag });
        return true;
      } catch (error) {
        // Another replica inserted or renewed it between the read and the write.
        const status = statusOf(error);
        if (status === 409 || status === 412) return false;
        throw error;
      }
    },

    async releaseLease(instanceId, holder) {
      const current = await orUndefined(table.getEntity<LeaseEntity>(LEASES, instanceId));
      if (!current || current.holder !== holder) return;
      try {
        await table.deleteEntity(LEASES, instanceId, { etag: current.etag });
      } catch (error) {
        const status = statusOf(error);
        if (status !== 404 && status !== 412) throw error;
      }
    },

    async ping() {
      // One cheap read that needs the table and the credentials.
      await orUndefined(table.getEntity(LEASES, '~ping'));
    },

    async close() {},
  };
}
