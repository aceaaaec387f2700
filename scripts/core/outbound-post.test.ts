import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hostAllowed,
  isNonPublicAddress,
  OutboundFailedError,
  OutboundRefusedError,
  OutboundTimeoutError,
  postJson,
  type OutboundPolicy,
} from './outbound-post.js';

const local: OutboundPolicy = { allowLocal: true, timeoutMs: 2_000, maxResponseBytes: 1024 };
const strict: OutboundPolicy = { ...local, allowLocal: false };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })));
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe('address classification', () => {
  it.each(['127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.31.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:8.8.8.8', '::ffff:127.0.0.1', '224.0.0.1', '255.255.255.255', 'not-an-ip'])(
    '%s is not public',
    (address) => expect(isNonPublicAddress(address)).toBe(true),
  );
  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1'])('%s is public', (address) => expect(isNonPublicAddress(address)).toBe(false));

  it('matches allowed hosts exactly or by suffix', () => {
    expect(hostAllowed('hooks.example.com', ['hooks.example.com'])).toBe(true);
    expect(hostAllowed('a.b.example.com', ['*.example.com'])).toBe(true);
    expect(hostAllowed('example.com', ['*.example.com'])).toBe(false);
    expect(hostAllowed('evilexample.com', ['*.example.com'])).toBe(false);
    expect(hostAllowed('HOOKS.example.com.', ['hooks.example.com'])).toBe(true);
  });
});

describe('postJson refuses by policy', () => {
  it.each([
    'http://127.0.0.1:9/x',
    'http://2130706433/x',
    'http://0x7f.1/x',
    'http://127.1/x',
    'http://017700000001/x',
    'http://0.0.0.0/x',
    'http://[::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost/x',
  ])('refuses %s without allowLocal', async (url) => {
    await expect(postJson(url, {}, strict)).rejects.toBeInstanceOf(OutboundRefusedError);
  });

  it('refuses schemes other than http(s), credentials, plain http when https is required, and hosts off the list', async () => {
    await expect(postJson('file:///etc/hostname', {}, local)).rejects.toBeInstanceOf(OutboundRefusedError);
    await expect(postJson('http://user:pw@127.0.0.1/', {}, local)).rejects.toBeInstanceOf(OutboundRefusedError);
    await expect(postJson('http://127.0.0.1/', {}, { ...local, requireHttps: true })).rejects.toBeInstanceOf(OutboundRefusedError);
    await expect(postJson('http://127.0.0.1/', {}, { ...local, allowedHosts: ['hooks.example.com'] })).rejects.toBeInstanceOf(OutboundRefusedError);
    await expect(postJson('not a url', {}, local)).rejects.toBeInstanceOf(OutboundRefusedError);
  });

  it('never puts the path or query in its messages', async () => {
    const secret = `sig=${randomBytes(12).toString('hex')}`;
    const error = await postJson(`http://127.0.0.1:9/workflows/abc/triggers?${secret}`, {}, strict).then(() => new Error('posted'), (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(OutboundRefusedError);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain('/workflows');
    expect((error as OutboundRefusedError).target).toBe('http://127.0.0.1:9');
    const failed = await postJson(`http://127.0.0.1:1/x?${secret}`, {}, local).then(() => new Error('posted'), (e: unknown) => e as Error);
    expect(failed).toBeInstanceOf(OutboundFailedError);
    expect(failed.message).not.toContain(secret);
  });
});

describe('postJson delivers', () => {
  it('posts the JSON body with the given headers and resolves to the status', async () => {
    let seen: { body: string; headers: IncomingMessage['headers'] } | undefined;
    const url = await listen(async (req, res) => {
      seen = { body: await readAll(req), headers: req.headers };
      res.writeHead(202).end('ok');
    });
    expect(await postJson(`${url}/hook?x=1`, { a: 1 }, local, { 'x-signature': 'abc' })).toEqual({ status: 202 });
    expect(seen?.body).toBe('{"a":1}');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers['x-signature']).toBe('abc');
  });

  it('follows no redirect, 307 included', async () => {
    let redirectedTo = 0;
    const target = await listen((_req, res) => { redirectedTo++; res.end(); });
    const url = await listen((_req, res) => res.writeHead(307, { location: `${target}/elsewhere` }).end());
    expect(await postJson(url, {}, local)).toEqual({ status: 307 });
    expect(redirectedTo).toBe(0);
  });

  it('reads at most maxResponseBytes of the answer and drops the rest', async () => {
    let written = 0;
    let closed = false;
    const url = await listen((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 97);
      res.on('close', () => { closed = true; });
      const pump = () => {
        // An endless answer: only the client closing the socket stops it.
        while (!closed && res.write(chunk)) written += chunk.length;
        if (!closed) res.once('drain', pump);
      };
      pump();
    });
    const started = Date.now();
    expect(await postJson(url, {}, { ...local, maxResponseBytes: 100_000 })).toEqual({ status: 200 });
    expect(Date.now() - started).toBeLessThan(1_500);
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it('times out with its own timer when the callback never answers, and closes the socket', async () => {
    let closed = false;
    const url = await listen((req) => { req.on('close', () => { closed = true; }); });
    const error = await postJson(url, {}, { ...local, timeoutMs: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundTimeoutError);
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
  });

  it('fires the timeout even after a garbage collection while waiting', async () => {
    // The timer is referenced by the pending call itself, so collecting garbage cannot lose it
    // (an AbortSignal.timeout() behind AbortSignal.any() could be collected while undici waited).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const url = await listen(() => undefined);
    const pending = postJson(url, {}, { ...local, timeoutMs: 200 }).catch((e: unknown) => e);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
      gc();
    }
    expect(await pending).toBeInstanceOf(OutboundTimeoutError);
  });

  it('keeps the status of an answer whose body never ends, once the timeout comes', async () => {
    const url = await listen((_req, res) => {
      res.writeHead(202);
      res.write('partial');
    });
    expect(await postJson(url, {}, { ...local, timeoutMs: 150 })).toEqual({ status: 202 });
  });

  it('is abandoned when its signal aborts', async () => {
    const url = await listen(() => undefined);
    const controller = new AbortController();
    const pending = postJson(url, {}, local, undefined, { signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 20);
    const error = await pending;
    expect(error).toBeInstanceOf(OutboundFailedError);
    expect((error as OutboundFailedError).code).toBe('ABORTED');
  });

  it('connects to the address it checked, not to a later DNS answer', async () => {
    // localhost is resolved once; the request's own lookup returns that address.
    const url = await listen((_req, res) => res.end());
    const port = new URL(url).port;
    expect(await postJson(`http://localhost:${port}/`, {}, local)).toEqual({ status: 200 });
  });
});
