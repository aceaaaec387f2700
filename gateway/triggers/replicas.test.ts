/**
 * Several replicas on one Azure Table store (Azurite): the lease lets one replica poll an
 * instance, so a change is notified once, and another replica takes over when that one stops.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createManualClock, defaultSubscriptionKey, defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from '../../mocks/index.js';
import { defaultConfig } from '../config.js';
import { startGateway, type RunningGateway } from '../index.js';
import { silentLogger } from '../log.js';
import { startAzurite, type RunningAzurite } from '../store/azurite.testing.js';
import { openSubscriptionStore, type SubscriptionStore } from '../store/index.js';
import { LOYALTY, startReceiver, testAppCredential, type Receiver } from './testing.js';

let azurite: RunningAzurite;
let fake: FakeRestApi;
let receiver: Receiver;
const clock = createManualClock('2026-03-02T08:00:00Z');
const stores: SubscriptionStore[] = [];
const gateways: RunningGateway[] = [];

async function replica(): Promise<RunningGateway> {
  const store = await openSubscriptionStore(`azure-table:${azurite.connectionString}Table=replicas`);
  stores.push(store);
  const gateway = await startGateway({
    apiUrl: fake.url,
    store,
    config: { ...defaultConfig(), allowLocalCallbacks: true },
    env: { CI_SUBSCRIPTION_KEY: defaultSubscriptionKey },
    credential: testAppCredential,
    clock,
    log: silentLogger,
    startPolling: false,
  });
  gateways.push(gateway);
  return gateway;
}

beforeAll(async () => {
  azurite = await startAzurite();
  fake = await startFakeRestApi({ clock });
  receiver = await startReceiver();
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  for (const store of stores) await store.close();
  await receiver?.close();
  await fake?.close();
  await azurite?.close();
});

test('two replicas: one polls the instance and notifies once; the other takes over when it stops', async () => {
  const a = await replica();
  const b = await replica();
  const answer = await fetch(`${a.url}/datasets/${LOYALTY}/subscriptions/segmentthresholdcrossed?segment=GoldMembers&threshold=500`, {
    method: 'POST',
    headers: { authorization: `Bearer ${makeTestToken(defaultTestIdentity)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ callbackUrl: receiver.urlFor('gold') }),
  });
  expect(answer.status).toBe(201);

  // B sees A's subscription in the shared store.
  expect((await b.store.list(LOYALTY)).map((s) => s.id)).toHaveLength(1);

  let since = fake.calls.length;
  await a.triggers.pollNow(LOYALTY);
  await b.triggers.pollNow(LOYALTY);
  expect(fake.calls.slice(since).filter((c) => c.path.endsWith('/manage/segments'))).toHaveLength(1);
  expect(b.triggers.lastCycles()[0]).toMatchObject({ outcome: 'lease-held-elsewhere', calls: 0 });

  clock.advance(60_000);
  fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
  await Promise.all([a.triggers.pollNow(LOYALTY), b.triggers.pollNow(LOYALTY)]);
  await Promise.all([a.triggers.pollNow(LOYALTY), b.triggers.pollNow(LOYALTY)]);
  expect(receiver.on('gold')).toHaveLength(1);

  // A shuts down (its lease is released); B polls from now on, from the marks A saved.
  await a.close();
  since = fake.calls.length;
  await b.triggers.pollNow(LOYALTY);
  expect(b.triggers.lastCycles()[0]).toMatchObject({ outcome: 'polled' });
  expect(fake.calls.slice(since).filter((c) => c.path.endsWith('/manage/segments'))).toHaveLength(1);
  expect(receiver.on('gold')).toHaveLength(1);
  clock.advance(60_000);
  fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 10);
  clock.advance(60_000);
  fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 700);
  await b.triggers.pollNow(LOYALTY);
  expect(receiver.on('gold').map((n) => (n.body as { EntityCount: number }).EntityCount)).toEqual([900, 700]);
});
