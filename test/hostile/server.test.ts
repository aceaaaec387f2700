/**
 * The mock server as a hostile client on the far side of a tunnel would use it: each defect the
 * hostile run found, rerun, gets a clear 4xx, a refused delivery or a prompt answer, and nothing
 * reaches stderr. Loopback only: every "remote" target here is refused before any packet leaves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData } from '../../mocks/index.js';
import { startCallbackReceiver, type CallbackReceiver } from '../../scripts/serve/callback-receiver.js';
import { redactUrl } from '../../scripts/serve/redact-url.js';
import { CONTROL_TOKEN_HEADER, startServer, type RunningServer } from '../../scripts/serve/server.js';
import { abortAfter, bearer, capturingStderr, forceGc, LOYALTY, raw } from './helpers.js';

const CONTROL_TOKEN = 'a-control-token-of-some-length';
const subscribePath = (segment = 'GoldMembers', threshold = 100) => `/datasets/${LOYALTY}/subscriptions/segmentthresholdcrossed?segment=${segment}&threshold=${threshold}`;
const firePath = (segment = 'GoldMembers') => `/_control/instances/${LOYALTY}/segments/${segment}/count`;

async function subscribe(server: RunningServer, callbackUrl: string, token = 'hostile', segment?: string) {
  return raw(server.url, {
    method: 'POST',
    path: subscribePath(segment),
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify({ callbackUrl }),
  });
}

async function fire(server: RunningServer, count: number, segment?: string, timeoutMs = 5_000) {
  const answer = await raw(server.url, { method: 'POST', path: firePath(segment), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count }), timeoutMs });
  return { ...answer, json: JSON.parse(answer.body) };
}

/** A callback server of our own that misbehaves as told. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb?sig=SecretSignature123` };
}
const stop = (server: Server) => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });

describe('deliveries, with local callbacks allowed (the walkthrough)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, log: false, throttle: false, allowLocalCallbacks: true, deliveryTimeoutMs: 300 });
  });
  afterAll(() => server.close());

  it('a callback that never answers fails after the delivery timeout, garbage collections notwithstanding', async () => {
    const silent = await listen(() => undefined);
    try {
      // Five subscriptions, collected garbage while they wait: every one must still time out.
      for (let i = 0; i < 5; i++) expect((await subscribe(server, silent.url, `gc-${i}`, 'PlatinumMembers')).status).toBe(201);
      const pending = fire(server, 500, 'PlatinumMembers', 3_000);
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 40));
        forceGc();
      }
      const fired = await pending;
      expect(fired.status).toBe(200);
      expect(fired.json.deliveries).toHaveLength(5);
      for (const d of fired.json.deliveries) expect(d.error).toMatch(/within 300 ms/);
    } finally {
      await fire(server, 0, 'PlatinumMembers');
      await stop(silent.server);
    }
  });

  it('an endless answer is cut off: the delivery reports the status at once', async () => {
    let closed = false;
    const endless = await listen((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(256 * 1024, 120);
      res.on('close', () => (closed = true));
      const pump = () => {
        while (!closed && res.write(chunk));
        if (!closed) res.once('drain', pump);
      };
      pump();
    });
    try {
      expect((await subscribe(server, endless.url, 'endless', 'HighBalanceMembers')).status).toBe(201);
      const before = process.memoryUsage().rss;
      const fired = await fire(server, 10_000, 'HighBalanceMembers', 3_000);
      expect(fired.json.deliveries[0]).toMatchObject({ status: 200 });
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
      await new Promise((r) => setTimeout(r, 50));
      expect(closed).toBe(true);
    } finally {
      await stop(endless.server);
    }
  });

  it('follows no redirect, 307 included', async () => {
    const receiver = await startCallbackReceiver({ port: 0 });
    const redirecting = await listen((_req, res) => res.writeHead(307, { location: receiver.url }).end());
    try {
      expect((await subscribe(server, redirecting.url, 'redirect', 'OptedOutMembers')).status).toBe(201);
      const fired = await fire(server, 10_000, 'OptedOutMembers');
      expect(fired.json.deliveries[0]).toMatchObject({ status: 307 });
      await expect(receiver.next(200)).rejects.toThrow(/no notification/);
    } finally {
      await stop(redirecting.server);
      await receiver.close();
    }
  });
});

describe('a server reachable through a tunnel (the defaults)', () => {
  let server: RunningServer;
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    server = await startServer({ port: 0, log: false, throttle: false, controlToken: CONTROL_TOKEN, limits: { maxSubscriptionsPerConnection: 3, maxSubscriptionsTotal: 12, maxCallbackUrlLength: 512 } });
    receiver = await startCallbackReceiver({ port: 0 });
  });
  afterAll(async () => {
    await receiver.close();
    await server.close();
  });

  it('refuses to deliver to loopback, private and link-local targets in any spelling', async () => {
    const port = receiver.port;
    const targets = [
      `http://127.0.0.1:${port}/notify`,
      `http://2130706433:${port}/notify`,
      `http://0x7f.1:${port}/notify`,
      `http://0.0.0.0:${port}/notify`,
      `http://[::1]:${port}/notify`,
      `http://[::ffff:127.0.0.1]:${port}/notify`,
      `http://localhost:${port}/notify`,
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1/x',
    ];
    const ids: string[] = [];
    for (const [i, target] of targets.entries()) {
      const answer = await subscribe(server, target, `ssrf-${i}`, 'GoldMembers');
      expect(answer.status, target).toBe(201);
      ids.push(String(answer.headers['location']).split('/').pop()!);
    }
    const fired = await fire(server, 500);
    expect(fired.json.deliveries).toHaveLength(targets.length);
    for (const delivery of fired.json.deliveries) {
      expect(delivery.error).toMatch(/Refused to post.*--allow-local-callbacks/);
      expect(delivery).not.toHaveProperty('status');
    }
    await expect(receiver.next(200)).rejects.toThrow(/no notification/);
    // Nobody can scan with it: the answers name scheme and host only, never a path or query.
    expect(fired.body).not.toContain('/latest/meta-data');
    await fire(server, 0);
    for (const [i, id] of ids.entries()) expect((await raw(server.url, { method: 'DELETE', path: `/subscriptions/${id}`, headers: bearer(`ssrf-${i}`) })).status).toBe(200);
  });

  it('/_control answers only loopback requests without forwarding headers, or with the control token', async () => {
    expect((await raw(server.url, { path: '/_control' })).status).toBe(200);
    for (const header of ['x-forwarded-for', 'x-forwarded-host', 'forwarded', 'x-real-ip', 'via']) {
      const answer = await raw(server.url, { path: '/_control/subscriptions', headers: { [header]: 'example.com' } });
      expect(answer.status, header).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('ControlForbidden');
    }
    expect((await raw(server.url, { path: '/_control', headers: { 'x-forwarded-for': '203.0.113.9', [CONTROL_TOKEN_HEADER]: 'wrong' } })).status).toBe(403);
    expect((await raw(server.url, { path: '/_control', headers: { 'x-forwarded-for': '203.0.113.9', [CONTROL_TOKEN_HEADER]: CONTROL_TOKEN } })).status).toBe(200);
  });

  it('subscriptions belong to their token: random 128-bit ids, another token cannot delete one, callback URLs never shown whole', async () => {
    const callbackUrl = 'https://flow.example.com/workflows/abc/triggers/manual/run?sig=TopSecretSignature123';
    const made = await subscribe(server, callbackUrl, 'owner');
    expect(made.status).toBe(201);
    const id = String(made.headers['location']).split('/').pop()!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const other = await subscribe(server, callbackUrl, 'owner');
    const otherId = String(other.headers['location']).split('/').pop()!;
    // No shared structure between consecutive ids: at most a few hex digits agree by chance.
    const same = [...id.replace(/-/g, '')].filter((c, i) => otherId.replace(/-/g, '')[i] === c).length;
    expect(same).toBeLessThan(12);

    expect((await raw(server.url, { method: 'DELETE', path: `/subscriptions/${id}`, headers: bearer('intruder') })).status).toBe(404);
    const listed = await raw(server.url, { path: '/_control/subscriptions' });
    expect(listed.body).not.toContain('TopSecretSignature123');
    expect(listed.body).toContain(redactUrl(callbackUrl));
    expect((await raw(server.url, { method: 'DELETE', path: `/subscriptions/${id}`, headers: bearer('owner') })).status).toBe(200);
    expect((await raw(server.url, { method: 'DELETE', path: `/subscriptions/${otherId}`, headers: bearer('owner') })).status).toBe(200);
  });

  it('bounds subscriptions per connection and in total, and callback URL length', async () => {
    const url = 'https://flow.example.com/cb';
    const made: [string, string][] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await subscribe(server, url, 'greedy');
      expect(answer.status).toBe(201);
      made.push(['greedy', String(answer.headers['location']).split('/').pop()!]);
    }
    const fourth = await subscribe(server, url, 'greedy');
    expect(fourth.status).toBe(429);
    expect(JSON.parse(fourth.body).error.code).toBe('SubscriptionQuotaExceeded');
    // A fresh token per call gets a fresh throttle budget, but not a fresh store.
    for (let i = 0; i < 9; i++) {
      const answer = await subscribe(server, url, `fresh-${i}`);
      expect(answer.status).toBe(201);
      made.push([`fresh-${i}`, String(answer.headers['location']).split('/').pop()!]);
    }
    expect((await subscribe(server, url, 'yet-another')).status).toBe(429);
    const long = await subscribe(server, `https://flow.example.com/${'a'.repeat(600)}`, 'long');
    expect(long.status).toBe(413);
    expect(JSON.parse(long.body).error.code).toBe('CallbackUrlTooLong');
    for (const [token, id] of made) await raw(server.url, { method: 'DELETE', path: `/subscriptions/${id}`, headers: bearer(token) });
  });
});

describe('limits on what a caller can make the backend hold or send', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      log: false,
      throttle: false,
      data: createSampleData({ customers: 30 }),
      limits: { maxBodyBytes: 64 * 1024, maxWrittenBytesPerTable: 200 * 1024, maxResponseBytes: 32 * 1024 },
    });
  });
  afterAll(() => server.close());

  const create = (body: unknown, token = 'writer') =>
    raw(server.url, { method: 'POST', path: `/datasets/${LOYALTY}/tables/Customer/items`, headers: { ...bearer(token), 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('413 for a body over the limit, 429 once a table holds its written-bytes limit, whatever the token', async () => {
    expect((await create({ FullName: 'x'.repeat(70 * 1024) })).status).toBe(413);
    let status = 201;
    let created = 0;
    for (let i = 0; i < 20 && status === 201; i++) {
      const answer = await create({ FullName: `${i}-${'y'.repeat(40 * 1024)}` }, `token-${i}`);
      status = answer.status;
      if (status === 201) created++;
      else expect(JSON.parse(answer.body).error.code).toBe('TableFull');
    }
    expect(status).toBe(429);
    expect(created).toBeLessThanOrEqual(5);
  });

  it('400 ResponseTooLarge for an answer over the limit, with advice', async () => {
    const answer = await raw(server.url, { path: `/datasets/${LOYALTY}/tables/Customer/items?$top=1000`, headers: bearer('reader') });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: 'ResponseTooLarge', message: expect.stringMatching(/\$top/) });
    expect((await raw(server.url, { path: `/datasets/${LOYALTY}/tables/Customer/items?$top=2`, headers: bearer('reader') })).status).toBe(200);
  });
});

describe('the smaller defects', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, log: false, throttle: false });
  });
  afterAll(() => server.close());

  it('a client that disconnects mid-body leaves no trace on stderr', async () => {
    const { stderr } = await capturingStderr(async () => {
      for (let i = 0; i < 20; i++) {
        await abortAfter(server.url, `POST /datasets/${LOYALTY}/tables/Customer/items HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"FullName":`);
      }
      await new Promise((r) => setTimeout(r, 100));
      // The server is still well.
      expect((await raw(server.url, { path: '/datasets', headers: bearer('t') })).status).toBe(200);
    });
    expect(stderr).toBe('');
  });

  it('HEAD on a GET route answers like GET, without a body', async () => {
    const answer = await raw(server.url, { method: 'HEAD', path: '/datasets', headers: bearer('t') });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
  });

  it.each(['x:99999', '[', '1:2:3', 'a b', ''])('a Host of %j falls back to the server’s own address', async (host) => {
    for (const header of ['host', 'x-forwarded-host']) {
      const answer = await raw(server.url, {
        method: 'POST',
        path: subscribePath(),
        headers: { ...bearer(`host-${header}`), host: header === 'host' ? host : new URL(server.url).host, ...(header === 'x-forwarded-host' ? { 'x-forwarded-host': host } : {}), 'content-type': 'application/json' },
        body: JSON.stringify({ callbackUrl: 'https://flow.example.com/cb' }),
      });
      expect(answer.status, `${header}: ${host}`).toBe(201);
      expect(String(answer.headers['location'])).toMatch(new RegExp(`^${server.url}/subscriptions/`));
      const id = String(answer.headers['location']).split('/').pop()!;
      await raw(server.url, { method: 'DELETE', path: `/subscriptions/${id}`, headers: bearer(`host-${header}`) });
    }
  });

  it('control bodies name unknown properties even when Object.prototype has them', async () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) {
      const answer = await raw(server.url, { method: 'POST', path: `/_control/instances/${LOYALTY}/fullrefresh`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [key]: 1 }) });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body).error.message).toContain(`unknown property '${key}'`);
    }
    const proto = await raw(server.url, { method: 'POST', path: firePath(), headers: { 'content-type': 'application/json' }, body: '{"__proto__": {"required": false}}' });
    expect(proto.status).toBe(400);
  });
});
