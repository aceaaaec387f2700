/**
 * Malformed definitions and misbehaving backends give findings, never a crash or a hang: the probe
 * is meant to be pointed at things that do not work yet.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve/server.js';
import { loadConnector, runProbe, type ProbeConnector } from './index.js';
import { designerOrder } from './run-operation.js';
import type { ProbeParameter } from './operations.js';

const generated = fileURLToPath(new URL('../../generated', import.meta.url));
let server: RunningServer;
let connector: ProbeConnector;

beforeAll(async () => {
  server = await startServer({ log: false, throttle: false });
  // The mock does not throttle here, so neither need the probes (each would otherwise spend the
  // connector's 100 calls per minute within a few runs, and then wait).
  const full = await loadConnector(generated);
  // The paths the breakages below touch, and what they need: a quicker connector than the whole.
  const keep = [
    '/datasets',
    '/datasets/{dataset}/tables',
    '/datasets/{dataset}/lookups/entities',
    '/datasets/{dataset}/tables/{table}/items',
    '/datasets/{dataset}/tables/{table}/schema',
    '/datasets/{dataset}/subscriptions/fullrefreshcompleted',
    '/subscriptions/{subscriptionId}',
  ];
  const paths = full.swagger.paths as Record<string, unknown>;
  connector = {
    ...full,
    swagger: { ...full.swagger, paths: Object.fromEntries(keep.map((p) => [p, paths[p]])) },
    throttlingPolicies: [{ calls: 100_000, renewalPeriodSeconds: 60 }],
  };
});
let tokens = 0;
const token = () => `robust-${++tokens}`;
afterAll(async () => {
  await server?.close();
});

const breakages: [string, (s: any) => void][] = [
  ['a picker naming no operation', (s) => void (s.paths['/datasets/{dataset}/tables'].get.parameters[0]['x-ms-dynamic-values'].operationId = 42)],
  ['a picker whose parameters are a list', (s) => void (s.paths['/datasets/{dataset}/lookups/entities'].get.parameters = [{ $ref: '#/parameters/none' }])],
  ['a value-path that is a number', (s) => void (s.paths['/datasets/{dataset}/tables'].get.parameters[0]['x-ms-dynamic-list'].itemValuePath = 7)],
  ['a dynamic schema of an unknown operation', (s) => void (s.paths['/datasets/{dataset}/tables/{table}/items'].get.responses['200'].schema['x-ms-dynamic-schema'].operationId = 'Nope')],
  ['a response $ref to a missing definition', (s) => void (s.paths['/datasets'].get.responses['200'].schema = { $ref: '#/definitions/Missing' })],
  ['a $ref loop', (s) => void (s.definitions.DataSetsList = { $ref: '#/definitions/DataSetsList' })],
  ['a parameter without a name', (s) => void s.paths['/datasets/{dataset}/tables'].get.parameters.push({ in: 'query' })],
  ['operations that are not objects', (s) => void (s.paths['/datasets'].get = 'GET')],
  ['a webhook without a body', (s) => void (s.paths['/datasets/{dataset}/subscriptions/fullrefreshcompleted'].post.parameters.splice(1, 1))],
  ['definitions that are not an object', (s) => void (s.definitions = [])],
];

it.each(breakages)('%s: findings, not a crash', async (_name, breakIt) => {
  const swagger = structuredClone(connector.swagger);
  breakIt(swagger);
  const report = await runProbe({ connector: { ...connector, swagger }, backend: server.url, token: token() });
  expect(report.entries.length).toBeGreaterThan(0);
  for (const entry of report.entries) for (const failure of entry.failures) expect(failure.pointer).toMatch(/^(\/|$)/);
});

it('a backend that answers HTML: every such answer is a finding', async () => {
  // The instances picker fills; everything else is a sign-in page.
  const html = createServer((req, res) =>
    req.url === '/datasets'
      ? res.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[{"Name":"d1","DisplayName":"One"}]}')
      : res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>'),
  );
  await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve));
  try {
    const report = await runProbe({ connector, backend: `http://127.0.0.1:${(html.address() as AddressInfo).port}`, token: token() });
    expect(report.summary.failed).toBeGreaterThan(0);
    const first = report.entries.find((e) => e.status === 'fail')!;
    expect(first.failures[0]!.answer?.value).toBe('<html>sign in</html>');
    // The subscription's request is shown with its callback URL hidden.
    const subscribe = report.entries.find((e) => e.kind === 'operation' && e.operationId === 'OnFullRefreshCompleted')!;
    expect(subscribe.failures[0]!.request?.body).toEqual({ callbackUrl: '<callback URL>' });
    expect(JSON.stringify(report)).not.toContain('/notify/');
  } finally {
    await new Promise<void>((resolve) => html.close(() => resolve()));
  }
});

it('a backend that is not there: findings with the reason', async () => {
  const report = await runProbe({ connector, backend: 'http://127.0.0.1:9', token: token() });
  expect(report.summary.passed).toBe(0);
  expect(report.entries.flatMap((e) => e.failures).some((f) => /no answer/.test(f.message))).toBe(true);
});

it('fills a picker after the parameters its lookup needs, whatever the declared order', () => {
  const parameter = (name: string, needs?: string): ProbeParameter => ({
    name,
    in: 'path',
    required: true,
    pointer: `/${name}`,
    spec: needs ? { 'x-ms-dynamic-values': { operationId: 'L', parameters: { x: { parameter: needs } } } } : {},
  });
  const order = designerOrder([parameter('table', 'dataset'), parameter('column', 'table'), parameter('dataset')]);
  expect(order.map((p) => p.name)).toEqual(['dataset', 'table', 'column']);
  // A cycle keeps the declared order instead of looping.
  expect(designerOrder([parameter('a', 'b'), parameter('b', 'a')]).map((p) => p.name)).toEqual(['a', 'b']);
});
