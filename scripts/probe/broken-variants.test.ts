/**
 * The probe fails precisely on broken variants — of the definition, or of the backend behind a
 * rewriting proxy in front of the mock — and names the definition pointer where each breaks, the
 * request made and the part of the answer that does not fit.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve/server.js';
import { mockControlEvents } from '../cli/commands/probe.js';
import { loadConnector, runProbe, type ProbeConnector, type ProbeReport } from './index.js';

const generated = fileURLToPath(new URL('../../generated', import.meta.url));
let server: RunningServer;
let connector: ProbeConnector;
let tokens = 0;

beforeAll(async () => {
  server = await startServer({ log: false, allowLocalCallbacks: true });
  connector = await loadConnector(generated);
});
afterAll(async () => {
  await server?.close();
});

/** Each run is its own connection, with the whole throttling budget. */
function probe(options: { connector?: ProbeConnector; backend?: string; write?: boolean } = {}): Promise<ProbeReport> {
  return runProbe({
    connector: options.connector ?? connector,
    backend: options.backend ?? server.url,
    token: `probe-test-${++tokens}`,
    write: options.write === true,
    hooks: { events: mockControlEvents },
  });
}

function variant(change: (swagger: any) => void): ProbeConnector {
  const swagger = structuredClone(connector.swagger);
  change(swagger);
  return { ...connector, swagger };
}

const failing = (report: ProbeReport) => report.entries.filter((e) => e.status === 'fail');

describe('probe catches broken variants at the right pointer', () => {
  it('a picker whose value-path is wrong', async () => {
    const broken = variant((s) => {
      s.paths['/datasets/{dataset}/tables'].get.parameters[0]['x-ms-dynamic-values']['value-path'] = 'InstanceId';
    });
    const report = await probe({ connector: broken });
    const [entry, ...others] = failing(report);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ kind: 'picker', operationId: 'GetEntities', parameter: 'dataset' });
    expect(entry!.failures).toHaveLength(1);
    const failure = entry!.failures[0]!;
    expect(failure.pointer).toBe('/paths/~1datasets~1{dataset}~1tables/get/parameters/0/x-ms-dynamic-values/value-path');
    expect(failure.message).toContain("value-path 'InstanceId' is in none of the 2 choice(s) 'ListInstances' answered");
    expect(failure.request).toEqual({ method: 'GET', url: `${server.url}/datasets` });
    expect(failure.answer).toMatchObject({ status: 200, pointer: '/value/0', value: { Name: expect.any(String), DisplayName: expect.any(String) } });
  });

  it('a response missing a required field', async () => {
    const broken = variant((s) => {
      s.definitions.PartitionListResponse.required = ['Header', 'Partitions', 'NextLink'];
    });
    const report = await probe({ connector: broken });
    const [entry, ...others] = failing(report);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ kind: 'operation', operationId: 'GetPartitionsV2' });
    expect(entry!.failures).toEqual([
      expect.objectContaining({
        pointer: '/definitions/PartitionListResponse/required',
        message: "the answer lacks the required property 'NextLink'",
        request: { method: 'GET', url: expect.stringMatching(/\/v2\/datasets\/[^/]+\/tables\/Customer\/partitions$/) },
        answer: expect.objectContaining({ status: 200, pointer: '' }),
      }),
    ]);
  });

  it('a field of a resolved dynamic schema that the answer breaks', async () => {
    // The backend claims CustomerId is an integer: the item answers contradict the schema it resolved.
    const proxy = await rewritingProxy(server.url, (path, body: any) => {
      if (/\/tables\/Customer\/schema/.test(path) && body?.schema) {
        const item = path.includes('shape=list') ? body.schema.properties.value.items : body.schema;
        item.properties.CustomerId.type = 'integer';
      }
      return body;
    });
    try {
      const report = await probe({ backend: proxy.url });
      const entry = failing(report).find((e) => e.operationId === 'GetItem')!;
      expect(entry.failures[0]).toMatchObject({
        pointer: '/paths/~1datasets~1{dataset}~1tables~1{table}~1items~1{id}/get/responses/200/schema/x-ms-dynamic-schema',
        resolvedSchemaPath: '/properties/CustomerId/type',
        answer: { status: 200, pointer: '/CustomerId', value: expect.any(String) },
      });
    } finally {
      await proxy.close();
    }
  });

  it('a dynamic schema whose metadata operation returns a non-schema', async () => {
    const proxy = await rewritingProxy(server.url, (path, body: any) =>
      /\/tables\/[^/]+\/schema\?shape=list/.test(path) ? { ...body, schema: 'the items of Customer' } : body,
    );
    try {
      const report = await probe({ backend: proxy.url });
      const entries = failing(report);
      const dynamic = entries.find((e) => e.kind === 'dynamic-schema')!;
      expect(dynamic).toMatchObject({ operationId: 'GetItems', parameter: 'response' });
      const base = '/paths/~1datasets~1{dataset}~1tables~1{table}~1items/get/responses/200/schema';
      expect(dynamic.failures.map((f) => f.pointer)).toEqual([`${base}/x-ms-dynamic-schema`, `${base}/x-ms-dynamic-properties`]);
      expect(dynamic.failures[0]!.message).toBe("value-path 'schema' of 'GetEntitySchema' is the string \"the items of Customer\", not a JSON Schema");
      expect(dynamic.failures[0]!.answer).toEqual({ status: 200, pointer: '/schema', value: 'the items of Customer' });
      // The metadata operation's own answer breaks its declared schema too, and nothing else fails.
      expect(entries.map((e) => `${e.kind}:${e.operationId}`).sort()).toEqual(['dynamic-schema:GetItems', 'operation:GetEntitySchema']);
      expect(entries.find((e) => e.operationId === 'GetEntitySchema')!.failures[0]!.pointer).toBe('/definitions/EntitySchema/properties/schema/type');
    } finally {
      await proxy.close();
    }
  });
});

/** A proxy in front of `target` that lets `rewrite` change JSON answers: a backend that breaks its promises. */
async function rewritingProxy(target: string, rewrite: (path: string, body: unknown) => unknown): Promise<{ url: string; close(): Promise<void> }> {
  const proxy: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(target + req.url, { method: req.method!, headers, ...(body ? { body } : {}) })
        .then(async (answer) => {
          const text = await answer.text();
          let out = text;
          if (text && (answer.headers.get('content-type') ?? '').includes('json')) out = JSON.stringify(rewrite(req.url ?? '', JSON.parse(text)));
          const location = answer.headers.get('location');
          res.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
            ...(location ? { location: location.replace(target, `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`) } : {}),
          });
          res.end(out);
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}
