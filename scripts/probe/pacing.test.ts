/**
 * The probe keeps to the connector's throttling limits through the client's pacer: against a
 * backend that enforces the same limit it never earns a 429, while a probe told of a looser limit
 * than the backend enforces does (so the pacing, not luck, is what keeps it clean).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve/server.js';
import { loadConnector, runProbe, type ProbeConnector } from './index.js';

const generated = fileURLToPath(new URL('../../generated', import.meta.url));
const limit = { calls: 2, renewalPeriodSeconds: 0.25 };
let server: RunningServer;
let small: ProbeConnector;

beforeAll(async () => {
  server = await startServer({ log: false, throttle: limit });
  const full = await loadConnector(generated);
  // Five GETs: enough to cross the two-call window twice.
  const keep = ['/datasets', '/datasets/{dataset}/tables', '/datasets/{dataset}/lookups/entities', '/datasets/{dataset}/tables/{table}/partitions', '/v2/datasets/{dataset}/tables/{table}/partitions'];
  const paths = full.swagger.paths as Record<string, unknown>;
  small = { ...full, swagger: { ...full.swagger, paths: Object.fromEntries(keep.map((p) => [p, paths[p]])) } };
});
afterAll(async () => {
  await server?.close();
});

it('paces to the declared limit and never earns a 429', async () => {
  const started = Date.now();
  const report = await runProbe({ connector: { ...small, throttlingPolicies: [{ ...limit }] }, backend: server.url, token: 'paced' });
  expect(report.entries.filter((e) => e.status === 'fail')).toEqual([]);
  expect(report.summary.calls).toBe(5);
  // Five calls at two per 250 ms need at least two full windows.
  expect(Date.now() - started).toBeGreaterThanOrEqual(500);
});

it('a probe told of a looser limit than the backend enforces is throttled, and says so', async () => {
  const report = await runProbe({ connector: { ...small, throttlingPolicies: [{ calls: 1000, renewalPeriodSeconds: 60 }] }, backend: server.url, token: 'unpaced' });
  const messages = report.entries.flatMap((e) => e.failures.map((f) => f.message));
  expect(messages.some((m) => m.startsWith('throttled (429)'))).toBe(true);
});
