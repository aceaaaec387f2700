/**
 * The client exercised against every operation of the connector's definition, through the mock
 * backend's msw handlers (createBackend() from mocks/). Values for the pickers are discovered the
 * way a flow discovers them: from the lookup operations. The list of operations comes from the
 * emitted swagger, so a new operation without a call here fails the last test.
 */
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../mocks/index.js';
import { throttlingPolicies } from '../connector/throttling.js';
import { createClient } from './create-client.js';
import { createSimulatedClock } from './testing/simulated-clock.js';

const swagger = JSON.parse(readFileSync(new URL('../generated/apiDefinition.swagger.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const allOperationIds = Object.values(swagger.paths).flatMap((item) =>
  Object.values(item).flatMap((operation) => (typeof operation === 'object' && operation?.operationId ? [operation.operationId] : [])),
);

const baseUrl = 'https://insights.example.com';
const start = Date.parse('2026-01-15T09:00:00Z');
const clock = createSimulatedClock(start);
const backend = createBackend({ clock });
const server = setupServer(...backend.handlers);
/** Every status the backend answered with, to show the client never provoked a 429. */
const statuses: number[] = [];
server.events.on('response:mocked', ({ response }) => {
  statuses.push(response.status);
});
const client = createClient({ baseUrl, token: 'every-operation', clock });

/** Operation id → the HTTP status it answered with. */
const exercised = new Map<string, number>();
function record(operationId: string, response: Response): void {
  exercised.set(operationId, response.status);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const callbackUrl = 'https://flow.example.com/callbacks/every-operation';

describe('the client against the mock backend', () => {
  let dataset = '';
  let writable = '';
  let keyField = '';
  let sample: Record<string, unknown> = {};

  it('lists instances and the pickers of an instance', async () => {
    const instances = await client.GET('/datasets');
    record('ListInstances', instances.response);
    expect(instances.error).toBeUndefined();
    dataset = instances.data?.value?.[0]?.Name ?? '';
    expect(dataset).not.toBe('');

    const entities = await client.GET('/datasets/{dataset}/lookups/entities', { params: { path: { dataset } } });
    record('ListEntities', entities.response);
    const readWrite = entities.data?.value?.find((table) => table.DynamicProperties?.['itemAccess'] === 'read-write');
    writable = readWrite?.Name ?? '';
    expect(writable).not.toBe('');

    for (const [operationId, picker] of [
      ['ListMeasures', '/datasets/{dataset}/lookups/measures'],
      ['ListProcesses', '/datasets/{dataset}/lookups/processes'],
      ['ListReportTypes', '/datasets/{dataset}/lookups/reporttypes'],
      ['ListSegments', '/datasets/{dataset}/lookups/segments'],
    ] as const) {
      const { data, error, response } = await client.GET(picker, { params: { path: { dataset } } });
      record(operationId, response);
      expect(error).toBeUndefined();
      expect(data?.value?.length).toBeGreaterThan(0);
    }

    const tables = await client.GET('/datasets/{dataset}/tables', { params: { path: { dataset } } });
    record('GetEntities', tables.response);
    expect(tables.data?.value?.some((table) => table.Name === writable)).toBe(true);
  });

  it('reads the schema, items and one item of an entity', async () => {
    const schema = await client.GET('/datasets/{dataset}/tables/{table}/schema', {
      params: { path: { dataset, table: writable }, query: { shape: 'item' } },
    });
    record('GetEntitySchema', schema.response);
    const properties = (schema.data?.schema?.['properties'] ?? {}) as Record<string, { description?: string }>;
    keyField = Object.keys(properties).find((name) => properties[name]?.description?.startsWith('Identifier')) ?? '';
    expect(keyField).not.toBe('');

    const items = await client.GET('/datasets/{dataset}/tables/{table}/items', {
      params: { path: { dataset, table: writable }, query: { $top: 2, $select: keyField } },
    });
    record('GetItems', items.response);
    expect(items.data?.value).toHaveLength(2);
    const id = String(items.data?.value[0]?.[keyField]);

    const item = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', { params: { path: { dataset, table: writable, id } } });
    record('GetItem', item.response);
    expect(item.data?.[keyField]).toBe(items.data?.value[0]?.[keyField]);
    sample = item.data ?? {};
  });

  it('creates and updates an item', async () => {
    // A copy of an existing item without its key: the backend assigns a new one.
    const { [keyField]: _key, ...fields } = sample;
    const created = await client.POST('/datasets/{dataset}/tables/{table}/items', {
      params: { path: { dataset, table: writable } },
      body: fields,
    });
    record('CreateItem', created.response);
    expect(created.response.status).toBe(201);
    const location = created.response.headers.get('Location') ?? '';
    const id = decodeURIComponent(location.split('/').at(-1) ?? '');
    expect(id).not.toBe('');

    const updated = await client.PATCH('/datasets/{dataset}/tables/{table}/items/{id}', {
      params: { path: { dataset, table: writable, id } },
      body: { [keyField]: id },
    });
    record('UpdateItem', updated.response);
    expect(updated.error).toBeUndefined();
    expect(updated.data?.[keyField]).toBe(id);
  });

  it('lists partitions (both versions) and reads partition data', async () => {
    const partitions = await client.GET('/datasets/{dataset}/tables/{table}/partitions', { params: { path: { dataset, table: writable } } });
    record('GetPartitions', partitions.response);
    const first = partitions.data?.[0];
    expect(first?.Name).toBeTruthy();

    const v2 = await client.GET('/v2/datasets/{dataset}/tables/{table}/partitions', { params: { path: { dataset, table: writable } } });
    record('GetPartitionsV2', v2.response);
    expect(v2.data?.Partitions?.length).toBeGreaterThan(0);

    const data = await client.GET('/datasets/{dataset}/tables/{table}/partitiondata', {
      params: { path: { dataset, table: writable }, query: { partitionUri: first?.Name ?? '', maxResults: 3 } },
    });
    record('GetPartitionData', data.response);
    expect(data.error).toBeUndefined();
    expect(data.data?.Items?.length).toBeGreaterThan(0);
  });

  it('sends status reports', async () => {
    const reportTypes = await client.GET('/datasets/{dataset}/lookups/reporttypes', { params: { path: { dataset } } });
    const reportType = reportTypes.data?.value?.[0]?.Name ?? '';
    const path = { dataset, reportType };
    const v1 = await client.POST('/datasets/{dataset}/statusreports/{reportType}', { params: { path } });
    record('SendStatusReport', v1.response);
    const v2 = await client.POST('/v2/datasets/{dataset}/statusreports/{reportType}', { params: { path } });
    record('SendStatusReportV2', v2.response);
    expect([v1.response.status, v2.response.status]).toEqual([202, 202]);
  });

  it('subscribes every trigger and unsubscribes with the Location it returned', async () => {
    const pick = async (picker: '/datasets/{dataset}/lookups/measures' | '/datasets/{dataset}/lookups/segments' | '/datasets/{dataset}/lookups/processes') =>
      (await client.GET(picker, { params: { path: { dataset } } })).data?.value?.[0]?.Name ?? '';
    const body = { callbackUrl };
    const path = { dataset };
    const subscriptions = [
      ['OnDataSourceRefreshCompleted', await client.POST('/datasets/{dataset}/subscriptions/datasourcerefreshcompleted', { params: { path }, body })],
      ['OnDataSourceRefreshFailed', await client.POST('/datasets/{dataset}/subscriptions/datasourcerefreshfailed', { params: { path }, body })],
      ['OnFullRefreshCompleted', await client.POST('/datasets/{dataset}/subscriptions/fullrefreshcompleted', { params: { path }, body })],
      [
        'OnMeasureThresholdCrossed',
        await client.POST('/datasets/{dataset}/subscriptions/measurethresholdcrossed', {
          params: { path, query: { measure: await pick('/datasets/{dataset}/lookups/measures'), threshold: 100 } },
          body,
        }),
      ],
      [
        'OnProcessCompleted',
        await client.POST('/datasets/{dataset}/subscriptions/processcompleted', {
          params: { path, query: { process: await pick('/datasets/{dataset}/lookups/processes'), includingManualRefreshes: true } },
          body,
        }),
      ],
      [
        'OnSegmentThresholdCrossed',
        await client.POST('/datasets/{dataset}/subscriptions/segmentthresholdcrossed', {
          params: { path, query: { segment: await pick('/datasets/{dataset}/lookups/segments'), threshold: 10 } },
          body,
        }),
      ],
    ] as const;
    for (const [operationId, { response, error }] of subscriptions) {
      record(operationId, response);
      expect(error, operationId).toBeUndefined();
      expect(response.status, operationId).toBe(201);
      const subscriptionId = response.headers.get('Location')?.split('/').at(-1) ?? '';
      const deleted = await client.DELETE('/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } });
      record('DeleteSubscription', deleted.response);
      expect(deleted.response.status, `DeleteSubscription after ${operationId}`).toBe(200);
    }
  });

  it('gets the backend error of a bad call as a typed OData error', async () => {
    const { error, response } = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
      params: { path: { dataset, table: writable, id: 'no-such-item' } },
    });
    expect(response.status).toBe(404);
    expect(error?.error.code).toEqual(expect.any(String));
    expect(error?.error.message).toEqual(expect.any(String));
  });

  it('has called every operation of the definition, each with a success status', () => {
    expect([...exercised.keys()].sort()).toEqual([...allOperationIds].sort());
    for (const [operationId, status] of exercised) expect(status, operationId).toBeLessThan(300);
  });

  it('stayed within the backend throttle: it never answered 429', async () => {
    const [policy] = throttlingPolicies;
    expect(backend.throttle.policy).toMatchObject({ calls: policy!.calls, renewalPeriodSeconds: policy!.renewalPeriodSeconds });
    // The client paced the read so that the backend's own throttle never had to refuse a call.
    const pages = await client.getAllItems({ dataset, table: writable, pageSize: 2 });
    expect(pages.error).toBeUndefined();
    expect(pages.data?.length).toBeGreaterThan(policy!.calls);
    expect(statuses.length).toBeGreaterThan(policy!.calls);
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    // More calls than one window allows, so the pacer, not the backend, made the wait.
    expect(clock.now() - start).toBeGreaterThanOrEqual(policy!.renewalPeriodSeconds * 1000);
  });
});
