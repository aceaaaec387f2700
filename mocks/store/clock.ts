/** Time source of the backend; injected so throttling and event timestamps are testable without sleeping. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

/** A clock that only moves when told to. */
export function createManualClock(start: number | string = '2026-01-15T09:00:00Z'): ManualClock {
  let current = typeof start === 'string' ? Date.parse(start) : start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}
