/**
 * The time source of the client. Pacing and Retry-After waits go through it, so tests and the
 * benchmark can run minutes of throttled traffic on a simulated clock in milliseconds.
 */
export interface Clock {
  /** Milliseconds since the epoch (or since any fixed origin; only differences matter). */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** Wall-clock time and real timers. */
export const systemClock: Clock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number) =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, Math.max(0, ms));
    }),
});
