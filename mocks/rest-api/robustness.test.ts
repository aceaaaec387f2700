/** Bad input gets a 4xx (or the documented 501), never a 500 or a hang. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from './index.js';
import { restClient } from './test-client.js';

const loyalty = sampleInstanceIds.loyalty;
let api: FakeRestApi;
let call: ReturnType<typeof restClient>;

beforeAll(async () => {
  api = await startFakeRestApi();
  call = restClient(api);
});
afterAll(() => api.close());

const options = ['$filter', '$select', '$top', '$skip', 'includeHistoricStats', 'historicStatsDays', 'top', 'includeTasks', 'validUntil', 'attributesAnnotations'];
const paths = [
  '/instances',
  `/instances/${loyalty}`,
  `/instances/${loyalty}/manage/entities`,
  `/instances/${loyalty}/manage/entities/Customer`,
  `/instances/${loyalty}/data/Customer`,
  `/instances/${loyalty}/data/UnifiedActivity`,
  `/instances/${loyalty}/manage/segments`,
  `/instances/${loyalty}/manage/measures/LoyaltyMembers`,
  `/instances/${loyalty}/workflows/main/jobs`,
];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("CustomerId eq 'x'", "LastName eq 'a' or", '(((', "CustomerId in ('a','b')", '99999999999999999999', '-1', 'true', 'TRUE', '%', '\u0000'));

describe('robustness', () => {
  it('random query options on every GET route answer below 500 or 501', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.dictionary(fc.constantFrom(...options), text, { maxKeys: 4 }), async (path, query) => {
        const answer = await call(`${path}?${new URLSearchParams(query)}`);
        expect(answer.status === 501 || answer.status < 500, `${path} ${JSON.stringify(query)} → ${answer.status} ${JSON.stringify(answer.body)}`).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('random bodies on the write routes answer below 500', async () => {
    const customer = (await call(`/instances/${loyalty}/data/Customer?$top=1`)).body.value[0].CustomerId as string;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('POST UnifiedActivity', `PATCH Customer/${customer}`, 'POST Segments'), fc.jsonValue({ maxDepth: 3 }), async (target, body) => {
        const [method, path] = target.split(' ') as [string, string];
        const answer = await call(`/instances/${loyalty}/data/${path}`, { method, body: body ?? {} });
        expect(answer.status < 500, `${target} ${JSON.stringify(body)} → ${answer.status}`).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('odd paths and undecodable segments answer 4xx', async () => {
    for (const path of ['/', '/instances/%E0%A4%A', '/instances//manage', `/instances/${loyalty}/data/%ZZ`, '/nothing/here', `/instances/${loyalty}/manage/entities/a/b/c`]) {
      const answer = await call(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
    }
    const outside = await fetch(api.url.replace(/\/v1$/, '/v2/instances'));
    expect(outside.status).toBe(404);
  });
});

describe('slow clients', () => {
  it('a request whose body never arrives is cut off with 408 by the request timeout, while others are answered', async () => {
    const { requestTimeoutMs } = await import('./server.js');
    expect(requestTimeoutMs).toBe(30_000);
    const quick = await startFakeRestApi({ requestTimeoutMs: 200 });
    try {
      const { connect } = await import('node:net');
      const socket = connect(Number(new URL(quick.url).port), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      const auth = `Authorization: Bearer ${makeTestToken(defaultTestIdentity)}\r\nOcp-Apim-Subscription-Key: test-subscription-key\r\n`;
      socket.write(`POST /v1/instances/${loyalty}/data/UnifiedActivity HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 10\r\n\r\n{`);
      expect((await restClient(quick)('/instances')).status).toBe(200);
      await closed;
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await quick.close();
    }
    await expect(startFakeRestApi({ requestTimeoutMs: 0 })).rejects.toThrow(RangeError);
  });
});

describe('failNext on an undecodable path', () => {
  it('still answers the injected status', async () => {
    api.control.failNext({ path: /%E0/ }, { status: 503 });
    const answer = await call('/instances/%E0%A4%A');
    expect(answer.status).toBe(503);
  });
});
