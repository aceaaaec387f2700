/**
 * `createBackend()`: the mock Customer Insights backend as msw handlers over one in-memory store,
 * plus the events that fire the connector's triggers. The same handlers run in-process (tests,
 * `setupServer`) and over real HTTP (`insights-connector serve`), because they match any origin.
 */
import type { HttpHandler } from 'msw';
import { createSampleData } from './data/sample-data.js';
import { createHandlers } from './handlers/index.js';
import { systemClock, type Clock } from './store/clock.js';
import { createEvents, type DeliveryPost, type Events } from './store/events.js';
import { resolveLimits, type BackendLimits } from './store/limits.js';
import type { BackendData } from './store/model.js';
import { Store } from './store/store.js';
import { createThrottle, defaultThrottlePolicy, type Throttle, type ThrottlePolicy } from './store/throttle.js';

export interface BackendOptions {
  /** The data to serve; the store takes ownership and mutates it. Default: `createSampleData()`. */
  data?: BackendData;
  /** Time source for throttling and event timestamps. Default: the system clock. */
  clock?: Clock;
  /** Used to POST trigger payloads to callback URLs. Default: the global fetch at the time of the call. */
  fetch?: typeof fetch;
  /**
   * Delivers one trigger payload instead of `fetch` (serve passes a policy-checked `postJson`); it
   * resolves to the callback's status or throws, and its error message is recorded as the delivery's.
   */
  post?: DeliveryPost;
  /** Calls per connection per period; `false` disables throttling. Default: 100 per 60 s. */
  throttle?: ThrottlePolicy | false;
  /** Largest accepted request body in bytes; larger ones get 413. Default: 1 MiB. Same as `limits.maxBodyBytes`. */
  maxBodyBytes?: number;
  /** Bounds on what callers can make the backend hold or send (store/limits.ts); defaults apply to what is left out. */
  limits?: Partial<BackendLimits>;
}

export interface Backend {
  /** One handler per connector operation; each matches its path on any origin. */
  handlers: HttpHandler[];
  store: Store;
  /** Fire the connector's triggers; each resolves to the deliveries it made. */
  events: Events;
  throttle: Throttle;
  clock: Clock;
}

export const defaultMaxBodyBytes = 1024 * 1024;

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock;
  const limits = resolveLimits({ ...options.limits, ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}) });
  const store = new Store(options.data ?? createSampleData(), clock, limits);
  const throttle = createThrottle(clock, options.throttle ?? defaultThrottlePolicy);
  const events = createEvents({ store, clock, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.post ? { post: options.post } : {}) });
  const handlers = createHandlers({ store, throttle, events, maxBodyBytes: limits.maxBodyBytes });
  return { handlers, store, events, throttle, clock };
}
