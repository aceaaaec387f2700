/**
 * Test harness of the triggers: the fake REST API (mocks/rest-api) on a manual clock, the whole
 * gateway over real HTTP in front of it (polling driven by `pollNow`), and a callback receiver on
 * 127.0.0.1 that records each notification and answers what the test says.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  appAccessRole,
  createManualClock,
  defaultSubscriptionKey,
  defaultTestIdentity,
  makeTestToken,
  sampleInstanceIds,
  startFakeRestApi,
  type FakeRestApi,
  type ManualClock,
} from '../../mocks/index.js';
import { contractValidator } from '../../mocks/testing/index.js';
import { defaultConfig } from '../config.js';
import { startGateway, type RunningGateway } from '../index.js';
import { createLogger } from '../log.js';
import { openSubscriptionStore, type SubscriptionStore } from '../store/index.js';
import type { AppCredential } from './credential.js';

export interface ReceivedNotification {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface Receiver {
  /** `http://127.0.0.1:<port>/hook/<name>?sig=<secret>`: a callback URL with a secret in its query, like the platform's. */
  urlFor(name: string): string;
  readonly received: ReceivedNotification[];
  /** Received on one callback path. */
  on(name: string): ReceivedNotification[];
  /** The status the next notifications to `name` get (200 by default). */
  answer(name: string, status: number): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedNotification[] = [];
  const answers = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const name = /^\/hook\/([^/?]+)/.exec(path)?.[1] ?? '';
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({ path, headers: req.headers, body: text === '' ? undefined : JSON.parse(text) });
      res.writeHead(answers.get(name) ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    urlFor: (name) => `http://127.0.0.1:${port}/hook/${name}?sig=callback-secret-${name}`,
    received,
    on: (name) => received.filter((n) => n.path.startsWith(`/hook/${name}?`)),
    answer: (name, status) => answers.set(name, status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The app registration the poller runs as: an app-only token with the API's application role. */
export const testAppIdentity = { tid: defaultTestIdentity.tid, oid: '00000000-0000-4000-a000-0000000app01', appid: '00000000-0000-4000-a000-0000000app02', roles: [appAccessRole] };

export const testAppCredential: AppCredential = { getToken: async () => makeTestToken(testAppIdentity) };

export const LOYALTY = sampleInstanceIds.loyalty;

/** The subscription path segment of each trigger → its operationId in the definition. */
export const triggerOperations: Readonly<Record<string, string>> = {
  segmentthresholdcrossed: 'OnSegmentThresholdCrossed',
  measurethresholdcrossed: 'OnMeasureThresholdCrossed',
  datasourcerefreshcompleted: 'OnDataSourceRefreshCompleted',
  datasourcerefreshfailed: 'OnDataSourceRefreshFailed',
  fullrefreshcompleted: 'OnFullRefreshCompleted',
  processcompleted: 'OnProcessCompleted',
};

export interface TriggerHarness {
  fake: FakeRestApi;
  clock: ManualClock;
  gateway: RunningGateway;
  receiver: Receiver;
  store: SubscriptionStore;
  /** Every log line the gateway wrote. */
  logLines: string[];
  /** A token of the identity the sample data grants every instance. */
  userToken: string;
  /** POST a subscription over HTTP; answers status and Location. */
  subscribe(trigger: string, query: Record<string, string>, callbackUrl: string, init?: { token?: string | null; instanceId?: string; headers?: Record<string, string> }): Promise<{ status: number; location: string | null; body: string }>;
  /** DELETE a Location (or path) with a token. */
  unsubscribe(location: string, token?: string | null): Promise<number>;
  /** Every notification received so far checked against its trigger's `x-ms-notification-content` schema. */
  notificationViolations(): string[];
  /** Calls to the fake made after `since` (an index into `fake.calls`). */
  callsSince(since: number): FakeRestApi['calls'];
  close(): Promise<void>;
}

export async function startTriggerHarness(options: { store?: SubscriptionStore; pollIntervals?: { activeMs: number; idleMs: number } } = {}): Promise<TriggerHarness> {
  const clock = createManualClock('2026-03-02T08:00:00Z');
  const fake = await startFakeRestApi({ clock });
  const receiver = await startReceiver();
  const store = options.store ?? (await openSubscriptionStore('sqlite::memory:'));
  const logLines: string[] = [];
  const gateway = await startGateway({
    apiUrl: fake.url,
    store,
    config: { ...defaultConfig(), allowLocalCallbacks: true, ...(options.pollIntervals ? { pollIntervals: options.pollIntervals } : {}) },
    env: { CI_SUBSCRIPTION_KEY: defaultSubscriptionKey },
    credential: testAppCredential,
    clock,
    log: createLogger((line) => logLines.push(line)),
    startPolling: false,
  });
  const userToken = makeTestToken(defaultTestIdentity);
  /** Callback path → the trigger's operationId, for checking what arrives there. */
  const operationOf = new Map<string, string>();
  let validator: ReturnType<typeof contractValidator> | undefined;
  return {
    fake,
    clock,
    gateway,
    receiver,
    store,
    logLines,
    userToken,
    async subscribe(trigger, query, callbackUrl, init = {}) {
      const token = init.token === undefined ? userToken : init.token;
      operationOf.set(new URL(callbackUrl, 'http://x').pathname, triggerOperations[trigger] ?? trigger);
      const search = new URLSearchParams(query).toString();
      const response = await fetch(`${gateway.url}/datasets/${init.instanceId ?? LOYALTY}/subscriptions/${trigger}${search ? `?${search}` : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
        body: JSON.stringify({ callbackUrl }),
      });
      return { status: response.status, location: response.headers.get('location'), body: await response.text() };
    },
    async unsubscribe(location, token = userToken) {
      const path = location.startsWith('http') ? new URL(location).pathname : location;
      const response = await fetch(`${gateway.url}${path}`, { method: 'DELETE', headers: token !== null ? { authorization: `Bearer ${token}` } : {} });
      await response.arrayBuffer();
      return response.status;
    },
    notificationViolations() {
      validator ??= contractValidator();
      return receiver.received.flatMap((n) => {
        const operationId = operationOf.get(n.path.split('?')[0]!);
        return operationId ? validator!.validateNotification(operationId, n.body) : [`a notification to ${n.path} nobody subscribed`];
      });
    },
    callsSince: (since) => fake.calls.slice(since),
    async close() {
      await gateway.close();
      if (!options.store) await store.close();
      await receiver.close();
      await fake.close();
    },
  };
}
