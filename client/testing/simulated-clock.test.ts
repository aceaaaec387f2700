import { describe, expect, it } from 'vitest';
import { createSimulatedClock } from './simulated-clock.js';

describe('simulated clock', () => {
  it('wakes concurrent sleepers in time order and jumps straight to each timer', async () => {
    const clock = createSimulatedClock(1_000);
    const woke: string[] = [];
    const sleeper = async (name: string, ms: number) => {
      await clock.sleep(ms);
      woke.push(`${name}@${clock.now()}`);
    };
    const started = performance.now();
    await Promise.all([sleeper('late', 3_600_000), sleeper('early', 5), sleeper('tie-1', 60_000), sleeper('tie-2', 60_000)]);
    expect(woke).toEqual(['early@1005', 'tie-1@61000', 'tie-2@61000', 'late@3601000']);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(clock.pendingTimers).toBe(0);
  });

  it('lets work that needs no timer finish before time moves', async () => {
    const clock = createSimulatedClock(0);
    let settledAt = -1;
    const chain = Promise.resolve()
      .then(() => undefined)
      .then(() => {
        settledAt = clock.now();
      });
    await clock.sleep(10);
    await chain;
    expect(settledAt).toBe(0);
  });
});
