/**
 * The gateway: the connector's contract served over the Customer Insights REST API.
 *
 * @example
 * ```ts
 * const gateway = await startGateway({ apiUrl: 'https://api.ci.ai.dynamics.com/v1', port: 4320 });
 * // point the connection's Backend URL at gateway.url (through an https front end)
 * await gateway.close();
 * ```
 * `insights-connector gateway` (scripts/cli/commands/gateway.ts) runs this with flags and a
 * configuration file; everything is injectable for tests.
 */
import type { Clock } from '../mocks/index.js';
import { DEFAULT_API_URL, DEFAULT_HOST, DEFAULT_STORE, defaultConfig, subscriptionKeys, type GatewayConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import type { MappingContext } from './mappings/context.js';
import { createMappingHandlers } from './mappings/index.js';
import { startGatewayServer, type Readiness } from './server.js';
import { openSubscriptionStore, type SubscriptionStore } from './store/index.js';
import { createTriggers, environmentAppCredential, type AppCredential, type Triggers } from './triggers/index.js';
import { createUpstreamClient, type UpstreamClient } from './upstream/client.js';

export interface GatewayOptions {
  /** Default {@link DEFAULT_API_URL}. */
  apiUrl?: string;
  /** 0 picks a free port; default 0 here (the CLI defaults to 4320). */
  port?: number;
  /** Default 127.0.0.1; a container listens on 0.0.0.0. */
  host?: string;
  /** A store URL (`sqlite:gateway.db`, `azure-table:…`), or an open store (tests). Default {@link DEFAULT_STORE}. */
  store?: string | SubscriptionStore;
  config?: GatewayConfig;
  /** Where secrets are read from; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /** App-only credential for polling; from the AZURE_* environment by default, `null` for none. */
  credential?: AppCredential | null;
  /** Used for every outbound call to the REST API (tests pass one that records). */
  fetch?: typeof fetch;
  clock?: Clock;
  log?: Logger;
  /** Don't start the poller (tests that drive it with `triggers.pollNow()`). */
  startPolling?: boolean;
  /** Upstream client tuning (tests shorten the waits). */
  upstream?: { timeoutMs?: number; maxRetryWaitMs?: number; sleep?: (ms: number) => Promise<void> };
}

export interface RunningGateway {
  /** `http://<host>:<port>`. */
  url: string;
  port: number;
  upstream: UpstreamClient;
  store: SubscriptionStore;
  triggers: Triggers;
  ready(): Promise<Readiness>;
  /** Stops the poller, closes the server, then the store. */
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const config = options.config ?? defaultConfig();
  const env = options.env ?? process.env;
  const log = options.log ?? createLogger();
  const upstream = createUpstreamClient({
    apiUrl: options.apiUrl ?? DEFAULT_API_URL,
    subscriptionKeyFor: subscriptionKeys(config, env),
    log,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.clock ? { now: () => options.clock!.now() } : {}),
    ...options.upstream,
  });
  const ownsStore = typeof options.store !== 'object';
  const store = typeof options.store === 'object' ? options.store : await openSubscriptionStore(options.store ?? DEFAULT_STORE, env);
  try {
    const credential = options.credential === null ? undefined : (options.credential ?? environmentAppCredential());
    const triggers = createTriggers({
      upstream,
      store,
      credential,
      log,
      callbackHosts: config.callbackHosts,
      allowLocalCallbacks: config.allowLocalCallbacks,
      routes: config.routes,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      ...(config.pollIntervals ? { pollIntervals: config.pollIntervals } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const clock = options.clock;
    const mappingContext: MappingContext = {
      upstream,
      routes: config.routes,
      limits: config.limits,
      partitionHosts: config.partitionHosts,
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      log,
      metadataCache: new Map(),
      now: clock ? () => clock.now() : Date.now,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    };

    const ready = async (): Promise<Readiness> => {
      const checks: Readiness['checks'] = {};
      try {
        await store.ping();
        checks['store'] = { ok: true };
      } catch (error) {
        checks['store'] = { ok: false, reason: `the subscription store is not reachable: ${(error as Error).message}` };
      }
      try {
        const answer = await triggers.ready();
        checks['credentials'] = answer.ok ? { ok: true } : { ok: false, reason: answer.reason ?? 'app credentials cannot be obtained' };
      } catch (error) {
        checks['credentials'] = { ok: false, reason: (error as Error).message };
      }
      return { ok: Object.values(checks).every((c) => c.ok), checks };
    };

    const server = await startGatewayServer({
      handlers: [...createMappingHandlers(mappingContext), ...triggers.handlers],
      log,
      ready,
      host: options.host ?? DEFAULT_HOST,
      port: options.port ?? 0,
    });
    if (options.startPolling !== false) triggers.start();
    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      upstream,
      store,
      triggers,
      ready,
      close: () =>
        (closing ??= (async () => {
          await triggers.stop();
          await server.close();
          if (ownsStore) await store.close();
        })()),
    };
  } catch (error) {
    if (ownsStore) await store.close().catch(() => {});
    throw error;
  }
}

export { ConfigError, loadConfig, parseConfig, defaultConfig, environmentProblems } from './config.js';
export type { GatewayConfig, RestRoutes } from './config.js';
export { createLogger, silentLogger } from './log.js';
export type { Logger } from './log.js';
