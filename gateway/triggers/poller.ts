/**
 * One poller per instance, however many subscriptions it has. A cycle:
 * 1. lists the instance's subscriptions (none left: the poller stops);
 * 2. takes or renews the instance's lease in the store (another replica holds it: skip);
 * 3. gets an app-only token and reads each resource some subscription needs, once;
 * 4. per subscription: the first cycle saves the baseline and sends nothing; later cycles send what
 *    the trigger's rule finds, in order, saving the mark after each accepted notification.
 * It runs again after the active interval while something is running upstream, after the idle one
 * otherwise, with ±10 % jitter so replicas and instances drift apart; after a 429 it waits out
 * `Retry-After` (at least the active interval, doubling when none is given).
 */
import { randomBytes } from 'node:crypto';
import { parseRetryAfter } from '../../scripts/core/pacing/retry-after.js';
import { ApiError, type Clock } from '../../mocks/index.js';
import type { RestRoutes } from '../config.js';
import type { Logger } from '../log.js';
import type { StoredSubscription, SubscriptionStore } from '../store/index.js';
import type { UpstreamClient } from '../upstream/client.js';
import { describeCallback } from './callback-policy.js';
import type { AppCredential } from './credential.js';
import { deliver, type CallbackPost } from './delivery.js';
import { rules, type Resource, type Snapshot } from './rules/index.js';
import { isBusy, readSnapshot } from './snapshot.js';

export interface PollIntervals {
  activeMs: number;
  idleMs: number;
}

export const DEFAULT_POLL_INTERVALS: PollIntervals = { activeMs: 30_000, idleMs: 300_000 };
/** A lease outlives the wait until its next renewal by this much, so a slow cycle keeps it. */
export const LEASE_MARGIN_MS = 60_000;
/** Without Retry-After, a 429 waits this long, doubling on each 429 in a row up to the idle interval. */
export const DEFAULT_BACKOFF_MS = 60_000;
/** Subscriptions of one instance handled at the same time in a cycle (their deliveries overlap). */
export const DELIVERY_CONCURRENCY = 8;

export interface PollerOptions {
  upstream: UpstreamClient;
  store: SubscriptionStore;
  credential: AppCredential | undefined;
  log: Logger;
  routes: RestRoutes;
  clock: Clock;
  intervals: PollIntervals;
  post: CallbackPost;
  statusPageFor(instanceId: string): string;
  /** Random in [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
}

export interface CycleReport {
  instanceId: string;
  outcome: 'polled' | 'no-subscriptions' | 'backing-off' | 'lease-held-elsewhere' | 'no-credential' | 'throttled' | 'failed';
  calls: number;
  delivered: number;
  failed: number;
  dropped: number;
  /** When the next cycle is due (milliseconds on the poller's clock). */
  nextAt?: number;
}

interface InstanceState {
  instanceId: string;
  timer: NodeJS.Timeout | undefined;
  running: Promise<CycleReport> | undefined;
  backoffUntil: number;
  throttledInARow: number;
  nextAt: number;
}

export interface Poller {
  /** Makes sure a poller runs for the instance (after a subscribe); its next cycle comes within `soonMs`. */
  wake(instanceId: string, soonMs?: number): void;
  cycle(instanceId: string): Promise<CycleReport>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The instances being polled, with when each polls next. */
  schedule(): { instanceId: string; nextAt: number; backoffUntil: number }[];
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

export function createPoller(options: PollerOptions): Poller {
  const { upstream, store, log, routes, clock, intervals } = options;
  const random = options.random ?? Math.random;
  const holder = randomBytes(8).toString('hex');
  const states = new Map<string, InstanceState>();
  const abort = new AbortController();
  let started = false;
  let rescanTimer: NodeJS.Timeout | undefined;

  const jitter = (ms: number) => Math.max(0, Math.round(ms * (0.9 + random() * 0.2)));

  function stateOf(instanceId: string): InstanceState {
    let state = states.get(instanceId);
    if (!state) {
      state = { instanceId, timer: undefined, running: undefined, backoffUntil: 0, throttledInARow: 0, nextAt: clock.now() };
      states.set(instanceId, state);
    }
    return state;
  }

  function schedule(state: InstanceState, delayMs: number): void {
    state.nextAt = clock.now() + delayMs;
    if (!started) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void runCycle(state.instanceId);
    }, delayMs);
    state.timer.unref();
  }

  async function handle(subscription: StoredSubscription, snapshot: Snapshot, counts: { delivered: number; failed: number; dropped: number }): Promise<void> {
    const rule = rules[subscription.kind];
    const outcome = rule.evaluate(subscription, subscription.mark, snapshot);
    if (!outcome) return;
    if (subscription.mark === undefined) {
      // The first poll of a subscription is its baseline: nothing that happened before it fires.
      await store.saveMark(subscription.id, outcome.mark, subscription.version);
      return;
    }
    let version = subscription.version;
    let saved = JSON.stringify(subscription.mark);
    const callback = describeCallback(subscription.callbackUrl);
    for (const event of outcome.events) {
      const result = await deliver(options.post, subscription, event, abort.signal);
      log.log({ event: 'delivery', subscriptionId: subscription.id, instanceId: subscription.instanceId, trigger: subscription.kind, ...callback, outcome: result.kind, ...('status' in result && result.status !== undefined ? { status: result.status } : {}), ...(result.kind === 'failed' ? { reason: result.reason } : {}) });
      if (result.kind === 'gone') {
        await store.drop(subscription.id);
        counts.dropped++;
        return;
      }
      if (result.kind === 'failed') {
        // Not accepted: the mark stays before this event, so the next cycle sends it again.
        counts.failed++;
        return;
      }
      counts.delivered++;
      const written = await store.saveMark(subscription.id, event.markAfter, version);
      if (!written.ok) return; // unsubscribed meanwhile, or another replica moved it on
      version = written.version;
      saved = JSON.stringify(event.markAfter);
    }
    if (JSON.stringify(outcome.mark) !== saved) await store.saveMark(subscription.id, outcome.mark, version);
  }

  async function cycleOnce(state: InstanceState): Promise<CycleReport> {
    const instanceId = state.instanceId;
    const correlationId = `poll-${randomBytes(6).toString('hex')}`;
    const started = clock.now();
    const report: CycleReport = { instanceId, outcome: 'polled', calls: 0, delivered: 0, failed: 0, dropped: 0 };
    const finish = (delayMs: number | undefined): CycleReport => {
      if (delayMs !== undefined) {
        schedule(state, delayMs);
        report.nextAt = state.nextAt;
      }
      log.log({ event: 'poll', correlationId, ...report, ms: clock.now() - started });
      return report;
    };
    if (state.backoffUntil > started) {
      report.outcome = 'backing-off';
      return finish(undefined);
    }
    const subscriptions = await store.list(instanceId);
    if (subscriptions.length === 0) {
      states.delete(instanceId);
      if (state.timer) clearTimeout(state.timer);
      await store.releaseLease(instanceId, holder);
      report.outcome = 'no-subscriptions';
      return finish(undefined);
    }
    if (!(await store.acquireLease(instanceId, holder, intervals.idleMs + LEASE_MARGIN_MS, started))) {
      report.outcome = 'lease-held-elsewhere';
      return finish(jitter(intervals.idleMs));
    }
    if (!options.credential) {
      report.outcome = 'no-credential';
      return finish(jitter(intervals.idleMs));
    }
    let snapshot: Snapshot;
    try {
      const token = await options.credential.getToken();
      const needs = new Set<Resource>(subscriptions.flatMap((s) => rules[s.kind].needs));
      snapshot = await readSnapshot({ upstream, routes, instanceId, token, needs, statusPage: options.statusPageFor(instanceId), correlationId, counter: report });
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        state.throttledInARow++;
        const retryAfter = parseRetryAfter(error.headers['Retry-After'], clock.now());
        const wait = retryAfter !== undefined ? Math.max(retryAfter, 1_000) : Math.min(DEFAULT_BACKOFF_MS * 2 ** (state.throttledInARow - 1), intervals.idleMs);
        state.backoffUntil = clock.now() + wait;
        report.outcome = 'throttled';
        // A little past Retry-After, never before it.
        return finish(wait + Math.round(wait * 0.1 * random()));
      }
      report.outcome = 'failed';
      log.log({ event: 'poll-error', correlationId, instanceId, error: error instanceof Error ? error.message : String(error) });
      return finish(jitter(intervals.idleMs));
    }
    state.throttledInARow = 0;
    await inBatches(subscriptions, DELIVERY_CONCURRENCY, async (s) => {
      try {
        await handle(s, snapshot, report);
      } catch (error) {
        // One subscription's store failure does not keep the others from their notifications.
        report.failed++;
        log.log({ event: 'poll-error', correlationId, instanceId, subscriptionId: s.id, error: error instanceof Error ? error.message : String(error) });
      }
    });
    const delay = jitter(isBusy(snapshot) ? intervals.activeMs : intervals.idleMs);
    // Renewed until the next cycle is due, plus a margin: a replica that dies is replaced after that.
    await store.acquireLease(instanceId, holder, delay + LEASE_MARGIN_MS, clock.now());
    return finish(delay);
  }

  function runCycle(instanceId: string): Promise<CycleReport> {
    const state = stateOf(instanceId);
    if (state.running) return state.running;
    const running = cycleOnce(state)
      .catch((error: unknown): CycleReport => {
        log.log({ event: 'poll-error', instanceId, error: error instanceof Error ? error.message : String(error) });
        schedule(state, jitter(intervals.idleMs));
        return { instanceId, outcome: 'failed', calls: 0, delivered: 0, failed: 0, dropped: 0 };
      })
      .finally(() => {
        state.running = undefined;
      });
    state.running = running;
    return running;
  }

  async function rescan(): Promise<void> {
    try {
      for (const instanceId of await store.instances()) {
        if (!states.has(instanceId)) schedule(stateOf(instanceId), jitter(Math.min(5_000, intervals.activeMs)));
      }
    } catch (error) {
      log.log({ event: 'poll-error', error: `listing the instances with subscriptions failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return {
    wake(instanceId, soonMs = 2_000) {
      const state = stateOf(instanceId);
      if (!started || state.running) return;
      if (!state.timer || state.nextAt > clock.now() + soonMs) schedule(state, Math.max(soonMs, state.backoffUntil - clock.now()));
    },
    cycle: runCycle,
    async start() {
      if (started) return;
      started = true;
      await rescan();
      // Other replicas take subscriptions too: look for instances this one does not poll yet.
      const loop = () => {
        rescanTimer = setTimeout(() => void rescan().finally(loop), jitter(intervals.idleMs));
        rescanTimer.unref();
      };
      loop();
    },
    async stop() {
      started = false;
      if (rescanTimer) clearTimeout(rescanTimer);
      abort.abort();
      const running: Promise<unknown>[] = [];
      for (const state of states.values()) {
        if (state.timer) clearTimeout(state.timer);
        state.timer = undefined;
        if (state.running) running.push(state.running);
      }
      await Promise.allSettled(running);
      await Promise.allSettled([...states.keys()].map((id) => store.releaseLease(id, holder)));
    },
    schedule() {
      return [...states.values()].map((s) => ({ instanceId: s.instanceId, nextAt: s.nextAt, backoffUntil: s.backoffUntil }));
    },
  };
}
