/**
 * The subscription store of the gateway's triggers, chosen by URL:
 * - `sqlite:<file>` (default `sqlite:gateway.db`) or `sqlite::memory:`: one process, a file in WAL mode;
 * - `azure-table:<connection string>` or `azure-table:env:<VARIABLE>` (the connection string read
 *   from that environment variable; `azure-table:UseDevelopmentStorage=true` for Azurite): several
 *   replicas, ETag-guarded marks and a lease row per instance.
 */
export type {
  HighWaterMark,
  MarkWrite,
  NewSubscription,
  Owner,
  StoredSubscription,
  SubscriptionStore,
  TriggerKind,
  TriggerParameters,
} from './types.js';
import type { SubscriptionStore } from './types.js';

export class StoreUrlError extends Error {
  override name = 'StoreUrlError';
}

export async function openSubscriptionStore(url: string): Promise<SubscriptionStore> {
  throw new StoreUrlError(`The subscription store '${url.replace(/AccountKey=[^;]*/gi, 'AccountKey=[redacted]')}' is not supported yet`);
}
