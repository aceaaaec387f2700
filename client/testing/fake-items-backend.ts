/**
 * A small in-process stand-in for the backend's "Get items" (and its throttling), for the client's
 * unit tests and benchmark. It enforces the policy on its own, independently of the client's pacer,
 * by the time each call arrives: calls beyond the limit get 429 with Retry-After in whole seconds,
 * and are not counted. It is not the contract mock (that is mocks/); it only has to be exact.
 */
import type { Clock } from '../../scripts/core/pacing/clock.js';

export interface FakeItemsBackendOptions {
  clock: Clock;
  /** Items of the one entity it serves. */
  items: readonly Record<string, unknown>[];
  policy: { calls: number; renewalPeriodSeconds: number };
  /** Simulated time from send to arrival, and from arrival to response. Default 0. */
  halfRoundTripMs?: number;
}

export interface FakeItemsBackend {
  fetch(request: Request): Promise<Response>;
  /** Every call that arrived: when, with which token, what it asked and what it got. */
  readonly calls: { at: number; token: string; url: URL; status: number }[];
  throttled(): number;
}

export function createFakeItemsBackend(options: FakeItemsBackendOptions): FakeItemsBackend {
  const { clock, items, policy } = options;
  const half = options.halfRoundTripMs ?? 0;
  const windowMs = policy.renewalPeriodSeconds * 1000;
  const accepted = new Map<string, number[]>();
  const calls: FakeItemsBackend['calls'] = [];

  function answer(request: Request, now: number): Response {
    const token = (request.headers.get('Authorization') ?? '').replace(/^Bearer /, '');
    const url = new URL(request.url);
    const record = (status: number): void => {
      calls.push({ at: now, token, url, status });
    };
    if (token === '') {
      record(401);
      return Response.json({ error: { code: 'Unauthorized', message: 'No bearer token.' } }, { status: 401 });
    }
    const live = (accepted.get(token) ?? []).filter((at) => at + windowMs > now);
    accepted.set(token, live);
    if (live.length >= policy.calls) {
      record(429);
      const waitMs = live[0]! + windowMs - now;
      return Response.json(
        { error: { code: 'TooManyRequests', message: 'Rate limit is exceeded.' } },
        { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) } },
      );
    }
    live.push(now);
    if (!/\/datasets\/[^/]+\/tables\/[^/]+\/items$/.test(url.pathname) || request.method !== 'GET') {
      record(404);
      return Response.json({ error: { code: 'NotFound', message: `No route ${request.method} ${url.pathname}.` } }, { status: 404 });
    }
    const top = Number(url.searchParams.get('$top') ?? items.length);
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    record(200);
    return Response.json({ value: items.slice(skip, skip + top) });
  }

  return {
    calls,
    throttled: () => calls.filter((call) => call.status === 429).length,
    async fetch(request) {
      if (half > 0) await clock.sleep(half);
      const response = answer(request, clock.now());
      if (half > 0) await clock.sleep(half);
      return response;
    },
  };
}
