/**
 * One pacer per connection. A connection is identified by its bearer token (that is what the
 * service counts calls against), so two clients created with the same base URL and token share one
 * budget instead of each spending the whole budget of the throttling policy.
 *
 * Pacers are kept per clock: a pacer measures time with one clock, and clients on different clocks
 * (a test's simulated clock, the system clock) must not read each other's timestamps.
 */
import type { Clock } from './clock.js';
import { createPacer } from './pacer.js';
import type { Pacer, PacingPolicy } from './pacer.js';

const byClock = new WeakMap<Clock, Map<string, Pacer>>();

/** Above this many connections, idle pacers are dropped (tokens are refreshed; old ones linger). */
const SWEEP_ABOVE = 64;

export function pacerForConnection(
  clock: Clock,
  baseUrl: string,
  /** The bearer token, or the caller's own name for the connection. */
  connection: string,
  policies: readonly PacingPolicy[],
): Pacer {
  let pacers = byClock.get(clock);
  if (!pacers) {
    pacers = new Map();
    byClock.set(clock, pacers);
  }
  // The policies are part of the key: a client told to pace to other policies gets its own pacer.
  const key = JSON.stringify([baseUrl, connection, policies.map((p) => [p.calls, p.renewalPeriodSeconds])]);
  let pacer = pacers.get(key);
  if (!pacer) {
    if (pacers.size >= SWEEP_ABOVE) {
      for (const [other, candidate] of pacers) if (candidate.isIdle()) pacers.delete(other);
    }
    pacer = createPacer(policies, clock);
    pacers.set(key, pacer);
  }
  return pacer;
}
