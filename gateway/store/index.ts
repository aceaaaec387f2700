/**
 * The subscription store of the gateway's triggers, chosen by URL:
 * - `sqlite:<file>` (default `sqlite:gateway.db`) or `sqlite::memory:`: one process, a file in WAL mode;
 * - `azure-table:<connection string>`, or `azure-table:env:<VARIABLE>` to read the connection string
 *   from that environment variable (keeps the account key out of the command line); several
 *   replicas, ETag-guarded marks and a lease row per instance. A `Table=<name>` entry in the
 *   connection string picks the table (default `gatewaysubscriptions`).
 *   `azure-table:UseDevelopmentStorage=true` is Azurite on its default port.
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
import { missingPackage } from '../../scripts/core/missing-module.js';
import { DEFAULT_TABLE_NAME } from './defaults.js';
import type { SubscriptionStore } from './types.js';

export { DEFAULT_TABLE_NAME };

/**
 * How each store's module is loaded: only when that store is opened, so an install without
 * better-sqlite3 (an optional peer dependency) can still use the Azure table store. Tests pass their own.
 */
export interface StoreModules {
  sqlite(): Promise<Pick<typeof import('./sqlite.js'), 'openSqliteStore'>>;
  azureTable(): Promise<Pick<typeof import('./azure-table.js'), 'openAzureTableStore'>>;
}

const storeModules: StoreModules = {
  sqlite: () => import('./sqlite.js'),
  azureTable: () => import('./azure-table.js'),
};

/** A store URL that names no known store, or names one without what it needs. */
export class StoreUrlError extends Error {
  override name = 'StoreUrlError';
}

/** The URL as it may be shown: account keys and SAS signatures masked. */
export function describeStoreUrl(url: string): string {
  return url.replace(/(AccountKey|SharedAccessSignature|sig)=[^;&]*/gi, '$1=[redacted]');
}

/** Table names: 3–63 letters and digits, starting with a letter. */
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

export async function openSubscriptionStore(url: string, env: NodeJS.ProcessEnv = process.env, modules: StoreModules = storeModules): Promise<SubscriptionStore> {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file === '') throw new StoreUrlError(`The store URL '${url}' names no file; use sqlite:<file> or sqlite::memory:`);
    let sqlite: Awaited<ReturnType<StoreModules['sqlite']>>;
    try {
      sqlite = await modules.sqlite();
    } catch (error) {
      if (missingPackage(error) !== 'better-sqlite3') throw error;
      throw new StoreUrlError(
        `The store '${describeStoreUrl(url)}' needs the package 'better-sqlite3' (an optional peer dependency, a native addon); install it beside this package with 'npm install better-sqlite3', or use an azure-table: store`,
      );
    }
    return opened(url, () => sqlite.openSqliteStore(file));
  }
  if (url.startsWith('azure-table:')) {
    let connectionString = url.slice('azure-table:'.length);
    if (connectionString.startsWith('env:')) {
      const name = connectionString.slice('env:'.length);
      const value = env[name];
      if (value === undefined || value.trim() === '') {
        throw new StoreUrlError(`The store URL '${describeStoreUrl(url)}' reads the connection string from ${name}, which is not set`);
      }
      connectionString = value.trim();
    }
    let tableName = DEFAULT_TABLE_NAME;
    const kept: string[] = [];
    for (const part of connectionString.split(';')) {
      const match = /^\s*Table\s*=\s*(.*)$/i.exec(part);
      if (match) tableName = match[1]!.trim();
      else if (part.trim() !== '') kept.push(part);
    }
    if (!TABLE_NAME.test(tableName)) {
      throw new StoreUrlError(`The store URL '${describeStoreUrl(url)}' names the table '${tableName}'; a table name is 3 to 63 letters and digits, starting with a letter`);
    }
    if (kept.length === 0) throw new StoreUrlError(`The store URL '${describeStoreUrl(url)}' has no connection string`);
    if (!kept.every((part) => /^\s*[A-Za-z]+\s*=/.test(part)) || !kept.some((part) => /^\s*(AccountName|TableEndpoint|UseDevelopmentStorage)\s*=/i.test(part))) {
      throw new StoreUrlError(
        `The store URL '${describeStoreUrl(url)}' is not an Azure Storage connection string: Key=Value parts with AccountName and AccountKey (or TableEndpoint and SharedAccessSignature), or UseDevelopmentStorage=true`,
      );
    }
    const { openAzureTableStore } = await modules.azureTable();
    return opened(url, () => openAzureTableStore({ connectionString: kept.join(';'), tableName }));
  }
  throw new StoreUrlError(`Unknown subscription store '${describeStoreUrl(url)}': use sqlite:<file>, sqlite::memory:, azure-table:<connection string> or azure-table:env:<VARIABLE>`);
}

/**
 * The store, or a StoreUrlError saying why it cannot be opened (a folder that is not there, a
 * storage account that does not answer): a configuration problem, not a crash. The reason passes
 * through describeStoreUrl, so a key the library echoes is masked.
 */
async function opened(url: string, open: () => SubscriptionStore | Promise<SubscriptionStore>): Promise<SubscriptionStore> {
  try {
    return await open();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new StoreUrlError(`The store '${describeStoreUrl(url)}' cannot be opened: ${describeStoreUrl(reason)}`);
  }
}

