import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyResponse } from './direct-response.js';
import { readBody, readHead, requestOrigin, sendFetchResponse, toFetchRequest, type RequestHead } from './http-adapter.js';

let seen: (req: IncomingMessage) => Promise<unknown>;
const server = createServer((req, res) => {
  void seen(req).then(
    (value) => res.end(JSON.stringify(value ?? null)),
    (error: Error) => res.end(JSON.stringify({ error: error.name })),
  );
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw header lines (repeats and all) and returns what the handler gave back. */
function send(method: string, headers: [string, string][], body?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: '/p?q=1', headers: headers.flat(), setHost: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('readHead', () => {
  it('reads host, forwarding and body headers in one pass (first of repeats) and keeps only end-to-end headers', async () => {
    seen = async (req) => {
      const head = readHead(req);
      return { ...head, headers: [...head.headers] };
    };
    const head = (await send('POST', [['Host', 'a.example:8080'], ['Host', 'b.example'], ['X-Forwarded-Proto', 'https'], ['Content-Length', '2'], ['Connection', 'keep-alive'], ['Authorization', 'Bearer t'], ['X-Custom', '1'], ['x-custom', '2']], '{}')) as RequestHead & { headers: [string, string][] };
    expect(head).toMatchObject({ host: 'a.example:8080', forwardedProto: 'https', contentLength: 2, chunked: false });
    expect(head.headers).toEqual([['authorization', 'Bearer t'], ['content-length', '2'], ['x-custom', '1, 2'], ['x-forwarded-proto', 'https']]);
  });
});

describe('readBody', () => {
  it('gives no body for a request that declares none, the bytes of one that does, and refuses one over the limit', async () => {
    seen = async (req) => (await readBody(req, 10))?.toString() ?? 'none';
    expect(await send('GET', [['Host', 'h']])).toBe('none');
    expect(await send('POST', [['Host', 'h'], ['Content-Length', '0']], '')).toBe('none');
    expect(await send('POST', [['Host', 'h'], ['Content-Type', 'application/json']], '{"a":1}')).toBe('{"a":1}'); // chunked
    expect(await send('POST', [['Host', 'h'], ['Content-Length', '11']], '01234567890')).toEqual({ error: 'BodyTooLargeError' });
  });
});

describe('requestOrigin', () => {
  const head = (fields: Partial<RequestHead>): RequestHead => ({ headers: new Headers(), host: undefined, forwardedHost: undefined, forwardedProto: undefined, contentLength: undefined, chunked: false, ...fields });

  it('takes the forwarded host and scheme over Host, and falls back for what is no host', () => {
    expect(requestOrigin(head({ host: '127.0.0.1:3000' }), 'http://fallback')).toBe('http://127.0.0.1:3000');
    expect(requestOrigin(head({ host: '127.0.0.1:3000', forwardedHost: 'tunnel.example, proxy', forwardedProto: 'https' }), 'http://fallback')).toBe('https://tunnel.example');
    for (const bad of ['evil.example/path', '[', '1:2:3', 'h:99999', '']) {
      expect(requestOrigin(head({ host: bad }), 'http://fallback'), bad).toBe('http://fallback');
      // Asked again (now from the cache of checked origins), the answer is the same.
      expect(requestOrigin(head({ host: bad }), 'http://fallback'), bad).toBe('http://fallback');
    }
  });
});

describe('toFetchRequest and sendFetchResponse', () => {
  it('turn a socket request into a Fetch Request and write a known body as it is', async () => {
    seen = async (req) => {
      const head = readHead(req);
      const request = toFetchRequest(req, requestOrigin(head, 'http://x'), await readBody(req, 100, head), head);
      return { url: request.url, method: request.method, body: await request.text(), auth: request.headers.get('authorization') };
    };
    expect(await send('POST', [['Host', 'h.example'], ['Authorization', 'Bearer z'], ['Content-Length', '3']], 'abc')).toEqual({ url: 'http://h.example/p?q=1', method: 'POST', body: 'abc', auth: 'Bearer z' });

    const written = await new Promise<{ status: number; length: string | undefined; body: string }>((resolve) => {
      const answer = createServer((_req, res) => void sendFetchResponse(res, bodyResponse('{"é":1}', { status: 201 }, 'application/json'), 'GET'));
      answer.listen(0, '127.0.0.1', async () => {
        const response = await fetch(`http://127.0.0.1:${(answer.address() as AddressInfo).port}/`);
        resolve({ status: response.status, length: response.headers.get('content-length') ?? undefined, body: await response.text() });
        answer.close();
      });
    });
    expect(written).toEqual({ status: 201, length: String(Buffer.byteLength('{"é":1}')), body: '{"é":1}' });
  });

  it('write a known body of several buffers whole, in order, with their summed Content-Length', async () => {
    const chunks = ['{"value":[', '{"é":1},{"b":2}', ']}'].map((part) => Buffer.from(part));
    const written = await new Promise<{ length: string | undefined; body: string }>((resolve) => {
      const answer = createServer((_req, res) => void sendFetchResponse(res, bodyResponse(chunks, { status: 200 }, 'application/json'), 'GET'));
      answer.listen(0, '127.0.0.1', async () => {
        const response = await fetch(`http://127.0.0.1:${(answer.address() as AddressInfo).port}/`);
        resolve({ length: response.headers.get('content-length') ?? undefined, body: await response.text() });
        answer.close();
      });
    });
    expect(written).toEqual({ length: String(Buffer.concat(chunks).length), body: '{"value":[{"é":1},{"b":2}]}' });
  });
});
