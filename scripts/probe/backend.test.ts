import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { createBackend } from './backend.js';

const policies = [{ calls: 100, renewalPeriodSeconds: 60 }];

it('refuses, before sending anything, a URL that is not on the backend', async () => {
  const sent: string[] = [];
  const fetch = (async (input: URL | RequestInfo) => {
    sent.push(String(input));
    return new Response('{}', { status: 200 });
  }) as typeof globalThis.fetch;
  const backend = createBackend({ url: 'http://127.0.0.1:4310/api', token: 'secret-token', policies, fetch });
  for (const url of ['http://example.com/api/x', 'http://127.0.0.1:4311/api/x', 'http://127.0.0.1:4310/other', 'file:///etc/passwd']) {
    const answer = await backend.send({ method: 'GET', url });
    expect(answer.status).toBe(0);
    expect(answer.error).toMatch(/calls only the backend|not a URL|refused/);
  }
  expect(sent).toEqual([]);
  const ok = await backend.send({ method: 'GET', url: '/x' });
  expect(ok.status).toBe(200);
  expect(sent).toEqual(['http://127.0.0.1:4310/api/x']);
  expect(backend.relativePath('http://127.0.0.1:4310/api/subscriptions/1')).toBe('/subscriptions/1');
  // The token goes in the header only, never into what the report shows.
  expect(JSON.stringify(ok.request)).not.toContain('secret-token');
});

it('cuts off an answer larger than its limit instead of holding it', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const more = () => {
      while (sent < 8 && res.write(chunk)) sent++;
      if (sent >= 8) res.end();
      else res.once('drain', more);
    };
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const backend = createBackend({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 't', policies });
    const answer = await backend.send({ method: 'GET', url: '/big' });
    expect(answer.status).toBe(0);
    expect(answer.error).toMatch(/larger than/);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
