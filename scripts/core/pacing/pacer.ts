/**
 * Client-side pacing: a sliding-window rate limiter for one connection, so the client never sends
 * more calls than the throttling policies allow instead of discovering the limit through 429s.
 *
 * A call holds its slot from the moment it is sent until its response arrives, and then for one
 * renewal period after that. Counting from the response (not from the send) is what keeps the
 * client on the safe side of a server that counts from arrival: the server saw the call somewhere
 * between send and response, so its window frees no later than ours. With zero latency the two
 * coincide and the schedule is the fastest the policy allows: the 101st call of a burst goes out
 * exactly when the first one leaves the window.
 */
import type { Clock } from './clock.js';

/** The shape of a throttling policy (the package's `throttlingPolicies` entries have it). */
export interface PacingPolicy {
  readonly calls: number;
  readonly renewalPeriodSeconds: number;
}

/** Permission to send one call: `done()` when its response (or failure) arrives, `cancel()` if it was never sent. */
export interface Permit {
  done(): void;
  cancel(): void;
}

export interface Pacer {
  readonly policies: readonly PacingPolicy[];
  /** Waits, in arrival order, until one more call fits every policy, and reserves it. */
  acquire(): Promise<Permit>;
  /** Holds every later call until `time` (the server asked for it with Retry-After). */
  pauseUntil(time: number): void;
  /** Calls the longest window counts at the clock's current time (in-flight calls included). */
  inWindow(): number;
  /** True when nothing is queued, in flight or inside any window: the pacer can be forgotten. */
  isIdle(): boolean;
}

/** A slot's timestamp while its call is in flight: it cannot leave any window yet. */
const IN_FLIGHT = Number.POSITIVE_INFINITY;

export function createPacer(policies: readonly PacingPolicy[], clock: Clock): Pacer {
  for (const policy of policies) {
    if (!Number.isInteger(policy.calls) || policy.calls < 1 || !(policy.renewalPeriodSeconds > 0)) {
      throw new RangeError(
        `A throttling policy needs a positive whole number of calls and a positive renewal period; got ${policy.calls} per ${policy.renewalPeriodSeconds} s.`,
      );
    }
  }
  const longestWindowMs = Math.max(0, ...policies.map((p) => p.renewalPeriodSeconds * 1000));
  // One stamp per call: when its response arrived, or IN_FLIGHT. Kept only as long as the longest
  // window can still see it.
  let stamps: number[] = [];
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  let queued = 0;
  // Wakes an admission that waits for an in-flight call to finish (no timer can know when).
  let onDone: (() => void) | undefined;

  function forgetExpired(now: number): void {
    stamps = stamps.filter((stamp) => stamp + longestWindowMs > now);
  }

  /** When the next call may go out, or IN_FLIGHT when that depends on a call still in flight. */
  function nextFreeAt(now: number): number {
    let at = Math.max(now, pausedUntil);
    for (const policy of policies) {
      const windowMs = policy.renewalPeriodSeconds * 1000;
      const live = stamps.filter((stamp) => stamp + windowMs > now).sort((a, b) => a - b);
      if (live.length < policy.calls) continue;
      // Enough of the oldest must leave for one slot to open: the (excess + 1)-th oldest decides.
      const decisive = live[live.length - policy.calls]!;
      at = Math.max(at, decisive + windowMs);
    }
    return at;
  }

  async function admit(): Promise<Permit> {
    for (;;) {
      const now = clock.now();
      forgetExpired(now);
      const at = nextFreeAt(now);
      if (at <= now) break;
      if (at === IN_FLIGHT) {
        await new Promise<void>((wake) => {
          onDone = wake;
        });
      } else {
        await clock.sleep(at - now);
      }
    }
    stamps.push(IN_FLIGHT);
    let settled = false;
    // In-flight stamps are all alike, so any one of them stands for this call.
    const settle = (stamp: number | undefined): void => {
      if (settled) return;
      settled = true;
      const i = stamps.indexOf(IN_FLIGHT);
      if (i >= 0) {
        if (stamp === undefined) stamps.splice(i, 1);
        else stamps[i] = stamp;
      }
      const wake = onDone;
      onDone = undefined;
      wake?.();
    };
    return {
      done: () => settle(clock.now()),
      cancel: () => settle(undefined),
    };
  }

  return {
    policies,
    acquire() {
      queued++;
      const permit = queue.then(admit);
      // The next admission starts after this one, whether it succeeded or not.
      queue = permit.then(
        () => {
          queued--;
        },
        () => {
          queued--;
        },
      );
      return permit;
    },
    pauseUntil(time) {
      pausedUntil = Math.max(pausedUntil, time);
    },
    inWindow() {
      const now = clock.now();
      forgetExpired(now);
      return stamps.length;
    },
    isIdle() {
      const now = clock.now();
      forgetExpired(now);
      return queued === 0 && stamps.length === 0 && pausedUntil <= now;
    },
  };
}
