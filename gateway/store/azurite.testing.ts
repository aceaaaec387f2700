/**
 * Azurite's Table service in this process, on 127.0.0.1 and a free port, in memory: what the
 * Azure store's tests run against. Azurite is a development dependency only.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  clean(): Promise<void>;
  getHttpServerAddress(): string;
}

export interface RunningAzurite {
  /** A connection string for its table endpoint. */
  connectionString: string;
  close(): Promise<void>;
}

export async function startAzurite(): Promise<RunningAzurite> {
  const require = createRequire(import.meta.url);
  const TableServer = (require('azurite/dist/src/table/TableServer.js') as { default: new (config: unknown) => AzuriteTableServer }).default;
  const TableConfiguration = (require('azurite/dist/src/table/TableConfiguration.js') as { default: new (...args: unknown[]) => unknown }).default;
  // Memory persistence still wants a workspace folder for its bookkeeping.
  const workspace = mkdtempSync(join(tmpdir(), 'gateway-azurite-'));
  // host, port, keepAlive, db path, debug log, access log, log stream, debug path, loose, skip API version check,
  // cert, key, pwd, oauth, product-style URLs off, in-memory persistence.
  const config = new TableConfiguration('127.0.0.1', 0, 5, join(workspace, 'table.json'), false, false, undefined, undefined, false, true, '', '', '', undefined, true, true);
  const server = new TableServer(config);
  await server.start();
  const address = server.getHttpServerAddress(); // http://127.0.0.1:PORT
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=${address}/${ACCOUNT};`,
    async close() {
      await server.close();
      await server.clean().catch(() => undefined);
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
