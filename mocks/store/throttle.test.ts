import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createThrottle } from './throttle.js';

describe('throttle', () => {
  it('allows 100 calls per connection per 60 s and says when the oldest call expires', () => {
    const clock = createManualClock(0);
    const throttle = createThrottle(clock);
    for (let i = 0; i < 100; i++) {
      expect(throttle.take('token-a').allowed).toBe(true);
      clock.advance(100); // 100 calls spread over 10 s
    }
    // The oldest call was at t=0; now t=10 s, so it expires in 50 s.
    expect(throttle.take('token-a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // Other connections have their own budget.
    expect(throttle.take('token-b')).toEqual({ allowed: true, remaining: 99 });
    clock.advance(49_500);
    expect(throttle.take('token-a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(500);
    expect(throttle.take('token-a')).toEqual({ allowed: true, remaining: 0 });
    expect(throttle.take('token-a').allowed).toBe(false);
  });

  it('does not count refused calls', () => {
    const clock = createManualClock(0);
    const throttle = createThrottle(clock, { calls: 2, renewalPeriodSeconds: 10 });
    throttle.take('t');
    throttle.take('t');
    for (let i = 0; i < 5; i++) expect(throttle.take('t').allowed).toBe(false);
    clock.advance(10_000);
    expect(throttle.remaining('t')).toBe(2);
  });

  it('rounds Retry-After up to whole seconds and never below 1', () => {
    const clock = createManualClock(0);
    const throttle = createThrottle(clock, { calls: 1, renewalPeriodSeconds: 60 });
    throttle.take('t');
    clock.advance(58_001);
    expect(throttle.take('t')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    clock.advance(1_998);
    expect(throttle.take('t')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('forgets connections whose calls have all expired', () => {
    const clock = createManualClock(0);
    const throttle = createThrottle(clock);
    for (let i = 0; i < 1_500; i++) throttle.take(`token-${i}`);
    expect(throttle.connections()).toBe(1_500);
    clock.advance(60_000);
    throttle.take('fresh');
    expect(throttle.connections()).toBe(1);
  });

  it('can be reset and disabled', () => {
    const clock = createManualClock(0);
    const throttle = createThrottle(clock, { calls: 1, renewalPeriodSeconds: 60 });
    throttle.take('t');
    throttle.reset('t');
    expect(throttle.take('t').allowed).toBe(true);
    const open = createThrottle(clock, false);
    for (let i = 0; i < 1000; i++) expect(open.take('t').allowed).toBe(true);
  });
});
