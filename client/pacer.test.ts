import { describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';
import { createPacer } from '../scripts/core/pacing/pacer.js';
import { pacerForConnection } from '../scripts/core/pacing/pacer-registry.js';
import { createSimulatedClock } from './testing/simulated-clock.js';

const [policy] = throttlingPolicies;
const windowMs = policy!.renewalPeriodSeconds * 1000;
const limit = policy!.calls;

/** Acquires and immediately completes `n` calls (a zero-latency burst); returns their send times. */
async function burst(pacer: ReturnType<typeof createPacer>, clock: { now(): number }, n: number): Promise<number[]> {
  const sentAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const permit = await pacer.acquire();
    sentAt.push(clock.now());
    permit.done();
  }
  return sentAt;
}

describe('pacer', () => {
  it('lets a full budget through at once and holds the next call until the oldest leaves the window', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer(throttlingPolicies, clock);
    const first = await burst(pacer, clock, limit);
    expect(first.every((t) => t === 0)).toBe(true);
    expect(pacer.inWindow()).toBe(limit);
    const [next] = await burst(pacer, clock, 1);
    expect(next).toBe(windowMs);
  });

  it('slides: each later call waits for its own predecessor a budget earlier', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer(throttlingPolicies, clock);
    await burst(pacer, clock, 1); // t = 0
    await clock.sleep(10_000);
    await burst(pacer, clock, limit - 1); // t = 10 s
    const [freedByFirst, freedBySecond] = await burst(pacer, clock, 2);
    expect(freedByFirst).toBe(windowMs);
    expect(freedBySecond).toBe(10_000 + windowMs);
  });

  it('counts a call from its response: an in-flight call holds its slot', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer([{ calls: 2, renewalPeriodSeconds: 60 }], clock);
    const slow = await pacer.acquire();
    await burst(pacer, clock, 1);
    const waiting = pacer.acquire().then((permit) => {
      permit.done();
      return clock.now();
    });
    await clock.sleep(5_000);
    slow.done(); // its response arrived at 5 s, so it counts until 65 s; the quick call leaves at 60 s
    expect(await waiting).toBe(60_000);
    const [after] = await burst(pacer, clock, 1);
    expect(after).toBe(65_000);
  });

  it('gives the slot back when a permitted call is never sent', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer([{ calls: 1, renewalPeriodSeconds: 60 }], clock);
    const unused = await pacer.acquire();
    const next = pacer.acquire().then((permit) => {
      permit.done();
      return clock.now();
    });
    await clock.sleep(2_000);
    unused.cancel();
    unused.done(); // settling twice changes nothing
    expect(await next).toBe(2_000);
    expect(pacer.inWindow()).toBe(1);
  });

  it('admits waiting calls in arrival order', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer([{ calls: 1, renewalPeriodSeconds: 1 }], clock);
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        const permit = await pacer.acquire();
        order.push(`${name}@${clock.now()}`);
        permit.done();
      }),
    );
    expect(order).toEqual(['a@0', 'b@1000', 'c@2000']);
  });

  it('holds every call until a pause (Retry-After) ends', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer(throttlingPolicies, clock);
    pacer.pauseUntil(7_000);
    pacer.pauseUntil(3_000); // an earlier pause does not shorten a later one
    const [t] = await burst(pacer, clock, 1);
    expect(t).toBe(7_000);
  });

  it('honours every policy it is given', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer(
      [
        { calls: 3, renewalPeriodSeconds: 1 },
        { calls: 4, renewalPeriodSeconds: 10 },
      ],
      clock,
    );
    expect(await burst(pacer, clock, 6)).toEqual([0, 0, 0, 1000, 10_000, 10_000]);
  });

  it('becomes idle once its window is empty', async () => {
    const clock = createSimulatedClock(0);
    const pacer = createPacer(throttlingPolicies, clock);
    expect(pacer.isIdle()).toBe(true);
    await burst(pacer, clock, 1);
    expect(pacer.isIdle()).toBe(false);
    await clock.sleep(windowMs);
    expect(pacer.isIdle()).toBe(true);
  });

  it('rejects a policy it could not honour', () => {
    const clock = createSimulatedClock(0);
    expect(() => createPacer([{ calls: 0, renewalPeriodSeconds: 60 }], clock)).toThrow(RangeError);
    expect(() => createPacer([{ calls: 10, renewalPeriodSeconds: 0 }], clock)).toThrow(RangeError);
  });
});

describe('pacer per connection', () => {
  it('shares one pacer per base URL and token, and keeps other connections independent', async () => {
    const clock = createSimulatedClock(0);
    const a1 = pacerForConnection(clock, 'https://ci.example', 'token-a', throttlingPolicies);
    const a2 = pacerForConnection(clock, 'https://ci.example', 'token-a', throttlingPolicies);
    const b = pacerForConnection(clock, 'https://ci.example', 'token-b', throttlingPolicies);
    const elsewhere = pacerForConnection(clock, 'https://other.example', 'token-a', throttlingPolicies);
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(elsewhere).not.toBe(a1);

    await burst(a1, clock, limit);
    // Connection b still has its whole budget at t = 0.
    expect(await burst(b, clock, limit)).toEqual(Array.from({ length: limit }, () => 0));
    // a is spent, whichever client asks.
    expect(await burst(a2, clock, 1)).toEqual([windowMs]);
  });

  it('keeps pacers of different clocks apart', () => {
    const one = createSimulatedClock(0);
    const two = createSimulatedClock(0);
    expect(pacerForConnection(one, 'u', 't', throttlingPolicies)).not.toBe(pacerForConnection(two, 'u', 't', throttlingPolicies));
  });
});
