/**
 * The connector's webhook triggers over a REST API that has none: subscribe/unsubscribe handlers,
 * one poller per instance, and at-least-once delivery to the platform's callback URLs.
 */
import type { HttpHandler } from 'msw';
import type { Clock } from '../../mocks/index.js';
import type { RestRoutes } from '../config.js';
import type { Logger } from '../log.js';
import type { SubscriptionStore } from '../store/index.js';
import type { UpstreamClient } from '../upstream/client.js';

/** An app-only token for the REST API (scope `https://api.ci.ai.microsoft.com/.default`). */
export interface AppCredential {
  getToken(): Promise<string>;
}

export const APP_SCOPE = 'https://api.ci.ai.microsoft.com/.default';

/** @azure/identity's EnvironmentCredential when `AZURE_TENANT_ID` and `AZURE_CLIENT_ID` are set; undefined otherwise. */
export function environmentAppCredential(): AppCredential | undefined {
  return undefined;
}

export interface TriggerContext {
  upstream: UpstreamClient;
  store: SubscriptionStore;
  credential: AppCredential | undefined;
  log: Logger;
  /** The gateway's public base URL for `Location`; else taken from the request (X-Forwarded-Host/Proto honoured). */
  publicUrl?: string;
  /** Hosts callbacks may go to (`*.` = any subdomain); https only. */
  callbackHosts: readonly string[];
  /** Allow http and loopback/private callback targets (tests, local development). */
  allowLocalCallbacks: boolean;
  clock?: Clock;
  pollIntervals?: { activeMs: number; idleMs: number };
  /** REST routes (path drift); the code model's by default. */
  routes?: RestRoutes;
}

export interface Triggers {
  handlers: HttpHandler[];
  start(): void;
  stop(): Promise<void>;
  ready(): Promise<{ ok: boolean; reason?: string }>;
  /** Runs one poll cycle now (of one instance or all), for tests and benchmarks. */
  pollNow(instanceId?: string): Promise<void>;
}

export function createTriggers(ctx: TriggerContext): Triggers {
  void ctx;
  return {
    handlers: [],
    start() {},
    async stop() {},
    async ready() {
      return { ok: false, reason: 'triggers are not implemented yet' };
    },
    async pollNow() {},
  };
}
