/**
 * The connector's webhook triggers over a REST API that has none: subscribe/unsubscribe handlers,
 * one poller per instance, and at-least-once delivery to the platform's callback URLs.
 *
 * @example
 * ```ts
 * const triggers = createTriggers({ upstream, store, credential: environmentAppCredential(), log, callbackHosts, allowLocalCallbacks: false });
 * // serve triggers.handlers next to the action mappings, then:
 * triggers.start();
 * ```
 */
import type { HttpHandler } from 'msw';
import { systemClock, type Clock } from '../../mocks/index.js';
import { defaultRoutes, type RestRoutes } from '../config.js';
import type { Logger } from '../log.js';
import type { SubscriptionStore } from '../store/index.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { AppCredential } from './credential.js';
import { createCallbackPost, type CallbackPost } from './delivery.js';
import { createTriggerHandlers } from './handlers/index.js';
import { createPoller, DEFAULT_POLL_INTERVALS, type CycleReport, type PollIntervals } from './poller.js';
import { defaultSubscriptionLimits, type SubscriptionLimits } from './subscribe.js';

export { APP_SCOPE, appCredentialFrom, environmentAppCredential } from './credential.js';
export type { AppCredential } from './credential.js';
export { DEFAULT_POLL_INTERVALS } from './poller.js';
export type { CycleReport, PollIntervals } from './poller.js';
export { IDEMPOTENCY_HEADER } from './delivery.js';
export type { CallbackPost } from './delivery.js';
export { defaultSubscriptionLimits } from './subscribe.js';
export type { SubscriptionLimits } from './subscribe.js';

/**
 * `StatusPage` of the process payloads: the REST API has no link to the status page, so it is
 * built from this template (`{instanceId}` is replaced).
 */
export const DEFAULT_STATUS_PAGE = 'https://home.ci.ai.dynamics.com/environments/{instanceId}/system/status';

export interface TriggerContext {
  upstream: UpstreamClient;
  store: SubscriptionStore;
  credential: AppCredential | undefined;
  log: Logger;
  /** The gateway's public base URL for `Location`; else taken from the request (X-Forwarded-Host/Proto honoured). */
  publicUrl?: string;
  /** Hosts callbacks may go to (`*.` = any subdomain); https only. */
  callbackHosts: readonly string[];
  /** Also allow http and loopback/private callback targets (tests, local development). */
  allowLocalCallbacks: boolean;
  clock?: Clock;
  pollIntervals?: PollIntervals;
  /** REST routes (path drift); the code model's by default. */
  routes?: RestRoutes;
  /** How notifications are posted; the policy-checked `postJson` by default (tests may record). */
  post?: CallbackPost;
  statusPageUrl?: string;
  limits?: Partial<SubscriptionLimits>;
  /** Random in [0, 1) for the poll jitter. */
  random?: () => number;
}

export interface Triggers {
  handlers: HttpHandler[];
  start(): void;
  stop(): Promise<void>;
  /** Whether the app credential yields a token (the poller cannot run without one). */
  ready(): Promise<{ ok: boolean; reason?: string }>;
  /** Runs one poll cycle now (of one instance or of every instance with subscriptions), for tests and benchmarks. */
  pollNow(instanceId?: string): Promise<void>;
  /** The last cycle's report of each instance polled through `pollNow`. */
  lastCycles(): CycleReport[];
  /** The instances being polled, with when each polls next (clock milliseconds). */
  schedule(): { instanceId: string; nextAt: number; backoffUntil: number }[];
}

/** A token check that succeeded is trusted this long, so /readyz probes do not each ask Entra ID. */
const READY_CACHE_MS = 60_000;

export function createTriggers(ctx: TriggerContext): Triggers {
  const clock = ctx.clock ?? systemClock;
  const routes = ctx.routes ?? defaultRoutes;
  const statusPage = ctx.statusPageUrl ?? DEFAULT_STATUS_PAGE;
  const rules = { callbackHosts: ctx.callbackHosts, allowLocalCallbacks: ctx.allowLocalCallbacks };
  const poller = createPoller({
    upstream: ctx.upstream,
    store: ctx.store,
    credential: ctx.credential,
    log: ctx.log,
    routes,
    clock,
    intervals: ctx.pollIntervals ?? DEFAULT_POLL_INTERVALS,
    post: ctx.post ?? createCallbackPost(rules),
    statusPageFor: (instanceId) => statusPage.replace('{instanceId}', encodeURIComponent(instanceId)),
    ...(ctx.random ? { random: ctx.random } : {}),
  });
  const handlers = createTriggerHandlers({
    ...rules,
    upstream: ctx.upstream,
    store: ctx.store,
    routes,
    log: ctx.log,
    clock,
    publicUrl: ctx.publicUrl,
    limits: { ...defaultSubscriptionLimits, ...ctx.limits },
    subscribed: (s) => poller.wake(s.instanceId),
  });
  const reports = new Map<string, CycleReport>();
  let readyUntil = 0;

  return {
    handlers,
    start() {
      void poller.start();
    },
    stop: () => poller.stop(),
    async ready() {
      if (!ctx.credential) {
        return { ok: false, reason: 'no app credential: set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH) so the poller can call the REST API' };
      }
      if (Date.now() < readyUntil) return { ok: true };
      try {
        await ctx.credential.getToken();
        readyUntil = Date.now() + READY_CACHE_MS;
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: `the app credential yields no token: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    async pollNow(instanceId) {
      const targets = instanceId !== undefined ? [instanceId.toLowerCase()] : await ctx.store.instances();
      for (const target of targets) reports.set(target, await poller.cycle(target));
    },
    lastCycles: () => [...reports.values()],
    schedule: () => poller.schedule(),
  };
}
