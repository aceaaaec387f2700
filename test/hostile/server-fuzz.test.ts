/**
 * Generated garbage against the mock server over loopback: malformed request targets, Hosts and
 * forwarding headers, bodies, methods, and clients that give up mid-request. Every request is
 * answered within its timeout with a status below 500, nothing reaches stderr, no rejection goes
 * unhandled, and after a forced GC the process holds no more than a stated bound beyond where it
 * started.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData } from '../../mocks/index.js';
import { startServer, type RunningServer } from '../../scripts/serve/server.js';
import { abortAfter, capturingStderr, forceGc, LOYALTY, raw } from './helpers.js';

/** RSS may grow by this much over a run of a few hundred hostile requests (caches, JIT code, sockets). */
const RSS_GROWTH_BOUND = 64 * 1024 * 1024;

const segment = fc.oneof(
  fc.constantFrom('datasets', LOYALTY, 'tables', 'Customer', 'items', 'subscriptions', 'v2', '_control', 'instances', 'segments', 'GoldMembers', 'count', 'partitions', '..', '.', ''),
  fc.constantFrom('%', '%E0%A4%A', '%00', '%2F', '%C0%AF', '\u00e9', '$filter', '*'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?$top=-1', '?$top=1e9', '?$filter=', "?$filter=CustomerId eq '", '?$select=,,,', '?$skip=%', '?segment=GoldMembers&threshold=NaN', '?a=1&a=2'),
  fc.string({ maxLength: 30 }).map((s) => `?${encodeURIComponent(s)}`),
);
const target = fc.oneof(
  fc.constantFrom('/datasets', `/datasets/${LOYALTY}/tables`, `/datasets/${LOYALTY}/tables/Customer/items?$top=2`, '/_control', '/_control/subscriptions'),
  fc.tuple(fc.array(segment, { maxLength: 8 }), query).map(([parts, q]) => `/${parts.join('/')}${q}`),
  fc.constantFrom('*', '//', '/%', 'http://evil.example/x', '/_control/../datasets', `/${'a'.repeat(10_000)}`),
);
const method = fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get');
const host = fc.oneof(fc.constant(undefined), fc.constantFrom('x:99999', '[', '1:2:3', 'a b', '127.0.0.1:1', 'evil.example', '[::1]:80', ''), fc.string({ maxLength: 20 }).filter((s) => /^[\x21-\x7e]*$/.test(s)));
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('{', '{"callbackUrl":1}', '{"callbackUrl":"http://2130706433/x"}', '{"__proto__":{"x":1}}', '{"constructor":1}', '{"count":1e400}', '\u0000\u0001', 'null'),
  fc.string({ maxLength: 200 }),
);
const headers = fc.record(
  {
    authorization: fc.oneof(fc.constant('Bearer fuzz'), fc.constant('Bearer fuzz'), fc.constant('Bearer '), fc.constant('Basic x'), fc.string({ maxLength: 20 }).filter((s) => /^[\x20-\x7e]*$/.test(s))),
    'content-type': fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data'),
    'x-forwarded-host': fc.constantFrom('evil.example', 'x:99999', '['),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher', ''),
  },
  { requiredKeys: ['authorization'] },
);

describe('the mock server under generated garbage', () => {
  let server: RunningServer;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // Throttled as served: the 429s are answers too.
    server = await startServer({ port: 0, log: false, data: createSampleData({ customers: 50 }), deliveryTimeoutMs: 500 });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server.close();
  });

  it('answers every request below 500 and within its timeout, logs nothing to stderr, and stays within its memory bound', async () => {
    forceGc();
    const before = process.memoryUsage().rss;
    const statuses = new Map<number, number>();
    const { stderr } = await capturingStderr(async () => {
      await fc.assert(
        fc.asyncProperty(method, target, host, headers, body, fc.boolean(), async (m, path, h, extra, payload, abort) => {
          if (abort) {
            await abortAfter(server.url, `${m} ${path} HTTP/1.1\r\nHost: ${h ?? 'x'}\r\nContent-Length: 500\r\n\r\n${payload ?? ''}`);
            return;
          }
          const answer = await raw(server.url, {
            method: m.toUpperCase(),
            path,
            headers: { ...extra, ...(h !== undefined ? { host: h } : {}) },
            ...(payload !== undefined && m !== 'GET' && m !== 'HEAD' ? { body: payload } : {}),
            timeoutMs: 3_000,
          }).catch((error: NodeJS.ErrnoException) => {
            // Node's HTTP client refuses to send some targets (a space, a raw non-ASCII character) itself.
            if (error.code === 'ERR_UNESCAPED_CHARACTERS' || error.code === 'ERR_INVALID_CHAR' || error.code === 'ERR_INVALID_HTTP_TOKEN') return undefined;
            throw error;
          });
          if (!answer) return;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status, `${m} ${path.slice(0, 120)}`).toBeLessThan(500);
        }),
        { numRuns: 300 },
      );
      // Aborted clients and delivery timeouts settle before the checks below.
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(stderr).toBe('');
    expect(unhandled).toEqual([]);
    // The answers were varied (not one error path for everything), and the server is still well.
    expect(statuses.size, JSON.stringify([...statuses])).toBeGreaterThan(3);
    expect((await raw(server.url, { path: `/datasets/${LOYALTY}/tables/Customer/items?$top=1`, headers: { authorization: 'Bearer after-the-fuzz' } })).status).toBe(200);
    forceGc();
    expect(process.memoryUsage().rss - before).toBeLessThan(RSS_GROWTH_BOUND);
  });
});
