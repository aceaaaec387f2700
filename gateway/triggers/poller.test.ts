/** The poller on its own: a stub REST API, a stub poster, a SQLite store in memory, a manual clock. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ApiError, createManualClock, type ManualClock } from '../../mocks/index.js';
import { defaultRoutes } from '../config.js';
import { silentLogger } from '../log.js';
import { openSubscriptionStore, type NewSubscription, type SubscriptionStore } from '../store/index.js';
import type { UpstreamClient, UpstreamRequest } from '../upstream/client.js';
import { createPoller, DEFAULT_BACKOFF_MS, type PollerOptions } from './poller.js';

let store: SubscriptionStore;
let clock: ManualClock;
let requests: UpstreamRequest[];
let answers: (req: UpstreamRequest) => unknown;
let posts: string[];

const upstream: UpstreamClient = {
  async request<T>(req: UpstreamRequest) {
    requests.push(req);
    return { status: 200, headers: new Headers(), body: answers(req) as T };
  },
};

function poller(overrides: Partial<PollerOptions> = {}) {
  return createPoller({
    upstream,
    store,
    credential: { getToken: async () => 'app-token' },
    log: silentLogger,
    routes: defaultRoutes,
    clock,
    intervals: { activeMs: 30_000, idleMs: 300_000 },
    post: async (url) => (posts.push(url), { status: 200 }),
    statusPageFor: () => 'https://status',
    random: () => 0.5,
    ...overrides,
  });
}

const segment = (count: number, minute: number) => [
  { name: 'Gold', evaluationStatus: { jobStatus: 'CompletedSuccess', evaluationDate: `2026-03-02T08:${String(minute).padStart(2, '0')}:00Z`, entityCount: count } },
];

function subscription(id: string, overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    id: id.padEnd(32, '0'),
    instanceId: 'inst',
    kind: 'segmentthresholdcrossed',
    owner: { tid: 't', oid: 'o' },
    callbackUrl: `https://prod-1.westus.logic.azure.com/${id}`,
    parameters: { segment: 'Gold', threshold: 10 },
    createdAt: 0,
    ...overrides,
  };
}

beforeEach(async () => {
  store = await openSubscriptionStore('sqlite::memory:');
  clock = createManualClock('2026-03-02T08:00:00Z');
  requests = [];
  posts = [];
  answers = () => segment(1, 0);
});
afterEach(async () => {
  await store.close();
});

test('without a credential nothing is called', async () => {
  await store.add(subscription('a'));
  const report = await poller({ credential: undefined }).cycle('inst');
  expect(report).toMatchObject({ outcome: 'no-credential', calls: 0 });
  expect(requests).toEqual([]);
});

test('while another replica holds the lease nothing is called', async () => {
  await store.add(subscription('a'));
  await store.acquireLease('inst', 'other-replica', 600_000, clock.now());
  expect(await poller().cycle('inst')).toMatchObject({ outcome: 'lease-held-elsewhere', calls: 0 });
  expect(requests).toEqual([]);
});

test('the app token and the instance go with every call; 429s are not retried inside the call', async () => {
  await store.add(subscription('a'));
  await poller().cycle('inst');
  expect(requests).toEqual([
    expect.objectContaining({ method: 'GET', path: '/instances/inst/manage/segments', token: 'app-token', instanceId: 'inst', retryOn429: false, query: { includeHistoricStats: 'true', historicStatsDays: '2' } }),
  ]);
});

test('the next cycle is due after the idle interval, or the active one while something runs, ±10 %', async () => {
  await store.add(subscription('a'));
  let random = 0;
  const p = poller({ random: () => random });
  expect((await p.cycle('inst')).nextAt! - clock.now()).toBe(270_000);
  answers = () => [{ name: 'Gold', evaluationStatus: { jobStatus: 'Running' } }];
  random = 0.999999;
  expect((await p.cycle('inst')).nextAt! - clock.now()).toBe(33_000);
});

test('a 429 without Retry-After backs off 60 s, doubling while it lasts', async () => {
  await store.add(subscription('a'));
  const p = poller({ random: () => 0 });
  answers = () => {
    throw new ApiError(429, 'TooManyRequests', 'slow down');
  };
  expect((await p.cycle('inst')).nextAt! - clock.now()).toBe(DEFAULT_BACKOFF_MS);
  clock.advance(DEFAULT_BACKOFF_MS);
  expect((await p.cycle('inst')).nextAt! - clock.now()).toBe(2 * DEFAULT_BACKOFF_MS);
});

test('one subscription whose mark cannot be saved does not keep the others from their notifications', async () => {
  await store.add(subscription('a'));
  await store.add(subscription('b', { createdAt: 1 }));
  const p = poller();
  await p.cycle('inst'); // baselines
  answers = () => segment(50, 1);
  const saveMark = store.saveMark.bind(store);
  store.saveMark = async (id, mark, version) => {
    if (id.startsWith('a')) throw new Error('disk full');
    return saveMark(id, mark, version);
  };
  const report = await p.cycle('inst');
  expect(posts.sort()).toEqual(['https://prod-1.westus.logic.azure.com/a', 'https://prod-1.westus.logic.azure.com/b']);
  expect(report).toMatchObject({ outcome: 'polled', delivered: 2, failed: 1 });
});

test('an instance without subscriptions is dropped, its lease released', async () => {
  await store.add(subscription('a'));
  const p = poller();
  await p.cycle('inst');
  expect(p.schedule().map((s) => s.instanceId)).toEqual(['inst']);
  await store.drop(subscription('a').id);
  expect(await p.cycle('inst')).toMatchObject({ outcome: 'no-subscriptions' });
  expect(p.schedule()).toEqual([]);
  expect(await store.acquireLease('inst', 'someone-else', 1_000, clock.now())).toBe(true);
});
