/** Each store's library is loaded only when that store is opened: an install without better-sqlite3 keeps the Azure table store. */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../test/static-imports.testing.js';
import { openSubscriptionStore, StoreUrlError, type StoreModules, type SubscriptionStore } from './index.js';

/** What Node throws when a module imports a package that is not installed. */
function notInstalled(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /somewhere/gateway/store/sqlite.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

const opened = { close: async () => {} } as unknown as SubscriptionStore;

/** Store modules as on an install without better-sqlite3, recording which ones were asked for. */
function withoutSqlite(): { modules: StoreModules; loaded: string[]; tableOptions: unknown[] } {
  const loaded: string[] = [];
  const tableOptions: unknown[] = [];
  return {
    loaded,
    tableOptions,
    modules: {
      sqlite: async () => {
        loaded.push('sqlite');
        throw notInstalled('better-sqlite3');
      },
      azureTable: async () => {
        loaded.push('azure-table');
        return { openAzureTableStore: async (options) => (tableOptions.push(options), opened) };
      },
    },
  };
}

describe('opening a store loads only its own library', () => {
  it('the store module imports neither better-sqlite3 nor the Azure SDK until a store is opened', async () => {
    for (const entry of ['gateway/store/index.ts', 'gateway/index.ts']) {
      const { packages } = await staticImports(entry);
      expect([...packages].filter((p) => p === 'better-sqlite3' || p === '@azure/data-tables'), entry).toEqual([]);
    }
  });

  it('azure-table: opens without better-sqlite3 and never loads the SQLite store', async () => {
    const { modules, loaded, tableOptions } = withoutSqlite();
    await expect(openSubscriptionStore('azure-table:UseDevelopmentStorage=true;Table=subs1', {}, modules)).resolves.toBe(opened);
    expect(loaded).toEqual(['azure-table']);
    expect(tableOptions).toEqual([{ connectionString: 'UseDevelopmentStorage=true', tableName: 'subs1' }]);
  });

  it('sqlite: without better-sqlite3 is a StoreUrlError that says how to install it', async () => {
    const { modules } = withoutSqlite();
    const error = await openSubscriptionStore('sqlite:gateway.db', {}, modules).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUrlError);
    expect((error as Error).message).toContain("'sqlite:gateway.db' needs the package 'better-sqlite3'");
    expect((error as Error).message).toContain("'npm install better-sqlite3'");
  });

  it('any other failure to load the SQLite store is not hidden behind the install hint', async () => {
    const broken = new Error('the addon was built for another Node version');
    const modules: StoreModules = { ...withoutSqlite().modules, sqlite: async () => Promise.reject(broken) };
    await expect(openSubscriptionStore('sqlite::memory:', {}, modules)).rejects.toBe(broken);
    const other: StoreModules = { ...withoutSqlite().modules, sqlite: async () => Promise.reject(notInstalled('bindings')) };
    await expect(openSubscriptionStore('sqlite::memory:', {}, other)).rejects.not.toBeInstanceOf(StoreUrlError);
  });
});
