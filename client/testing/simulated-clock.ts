/**
 * A discrete-event clock for tests and the benchmark (not part of the package's public API).
 *
 * `sleep(ms)` registers a timer; whenever the process has nothing else to do (a `setImmediate`
 * turn, after all pending promise callbacks), the clock jumps to the earliest timer and fires it.
 * Concurrent sleepers therefore wake in timestamp order, exactly as with real timers, but an
 * hour of simulated waiting costs nothing.
 */
import type { Clock } from '../../scripts/core/pacing/clock.js';

export interface SimulatedClock extends Clock {
  /** Timers not yet fired. */
  readonly pendingTimers: number;
}

interface Timer {
  at: number;
  seq: number;
  wake: () => void;
}

export function createSimulatedClock(start = 0): SimulatedClock {
  let current = start;
  let seq = 0;
  let scheduled = false;
  const timers: Timer[] = [];

  function fireNext(): void {
    scheduled = false;
    // Ties keep registration order, as real timers do.
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = timers.shift();
    if (!next) return;
    current = Math.max(current, next.at);
    next.wake();
    schedule();
  }

  function schedule(): void {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    setImmediate(fireNext);
  }

  return {
    now: () => current,
    sleep(ms) {
      return new Promise<void>((wake) => {
        timers.push({ at: current + Math.max(0, ms), seq: seq++, wake });
        schedule();
      });
    },
    get pendingTimers() {
      return timers.length;
    },
  };
}
