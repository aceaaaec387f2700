/**
 * The connector's one throttling policy, "API calls per connection: 100 per 60 seconds", enforced
 * as a sliding window per connection (a connection is its bearer token).
 */
import { throttlingPolicies } from '../../connector/throttling.js';
import type { Clock } from './clock.js';

export interface ThrottlePolicy {
  calls: number;
  renewalPeriodSeconds: number;
}

// The connector declares its policy once; the mock enforces that declaration, not a copy of it.
const [connectorPolicy] = throttlingPolicies;
if (!connectorPolicy || throttlingPolicies.length !== 1) {
  throw new Error('The mock backend enforces exactly one throttling policy; connector/throttling.ts declares another number.');
}
export const defaultThrottlePolicy: ThrottlePolicy = {
  calls: connectorPolicy.calls,
  renewalPeriodSeconds: connectorPolicy.renewalPeriodSeconds,
};

export type ThrottleDecision =
  | { allowed: true; remaining: number }
  /** `retryAfterSeconds`: whole seconds until the oldest call in the window expires (at least 1). */
  | { allowed: false; retryAfterSeconds: number };

export interface Throttle {
  readonly policy: ThrottlePolicy | undefined;
  /** Records one call for `connection`, or refuses it without recording. */
  take(connection: string): ThrottleDecision;
  /** Calls left in the current window. */
  remaining(connection: string): number;
  /** Forgets the history of one connection, or of all. */
  reset(connection?: string): void;
  /** How many connections currently have calls in their window. */
  connections(): number;
}

const SWEEP_EVERY = 1_000;

/** `false` disables throttling (benchmarks measure the handlers, not the limit). */
export function createThrottle(clock: Clock, setting: ThrottlePolicy | false = defaultThrottlePolicy): Throttle {
  const policy = setting === false ? undefined : setting;
  const windowMs = (policy?.renewalPeriodSeconds ?? 0) * 1000;
  // Timestamps of accepted calls, oldest first; at most `policy.calls` long.
  const history = new Map<string, number[]>();

  function live(connection: string, now: number): number[] {
    const calls = history.get(connection) ?? [];
    let expired = 0;
    while (expired < calls.length && calls[expired]! + windowMs <= now) expired++;
    if (expired > 0) calls.splice(0, expired);
    if (calls.length === 0) history.delete(connection);
    return calls;
  }

  // Connections that stop calling would keep their history forever in a long-running `serve`
  // (the benchmark rotates tokens), so every so often the ones whose last call expired are dropped.
  let untilSweep = SWEEP_EVERY;
  function sweep(now: number): void {
    for (const [connection, calls] of history) {
      if (calls[calls.length - 1]! + windowMs <= now) history.delete(connection);
    }
  }

  return {
    policy,
    take(connection) {
      if (!policy) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
      const now = clock.now();
      if (--untilSweep <= 0) {
        untilSweep = SWEEP_EVERY;
        sweep(now);
      }
      const calls = live(connection, now);
      if (calls.length >= policy.calls) {
        const waitMs = calls[0]! + windowMs - now;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      calls.push(now);
      history.set(connection, calls);
      return { allowed: true, remaining: policy.calls - calls.length };
    },
    remaining(connection) {
      if (!policy) return Number.POSITIVE_INFINITY;
      return policy.calls - live(connection, clock.now()).length;
    },
    reset(connection) {
      if (connection === undefined) history.clear();
      else history.delete(connection);
    },
    connections() {
      sweep(clock.now());
      return history.size;
    },
  };
}
