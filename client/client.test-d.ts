/**
 * Type-level contract of the client: what compiles and what must not. Run by vitest's typecheck
 * (tsc), so a change in the definition that breaks callers fails here.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../generated/types.js';
import { createClient } from './create-client.js';
import type { ODataError } from './odata-error.js';

const client = createClient({ baseUrl: 'https://ci.test', token: 't' });
const path = { dataset: 'ds', table: 'Customer' };

describe('operation parameters', () => {
  it('Get items takes the OData query options, all optional', () => {
    expectTypeOf<NonNullable<operations['GetItems']['parameters']['query']>>().toEqualTypeOf<{
      $filter?: string;
      $top?: number;
      $select?: string;
      $skip?: number;
    }>();
    void client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path, query: { $top: 10, $skip: 20 } } });
    // @ts-expect-error -- $top is a number
    void client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path, query: { $top: '10' } } });
    // @ts-expect-error -- not an option of Get items
    void client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path, query: { $orderby: 'Name' } } });
  });

  it('path parameters are required', () => {
    expectTypeOf<operations['GetItem']['parameters']['path']>().toEqualTypeOf<{ dataset: string; table: string; id: string }>();
    // @ts-expect-error -- no params at all
    void client.GET('/datasets/{dataset}/tables/{table}/items/{id}');
    // @ts-expect-error -- id is missing
    void client.GET('/datasets/{dataset}/tables/{table}/items/{id}', { params: { path } });
    void client.GET('/datasets/{dataset}/tables/{table}/items/{id}', { params: { path: { ...path, id: 'c1' } } });
  });

  it('only paths and methods of the definition are callable', () => {
    // @ts-expect-error -- no such path
    void client.GET('/datasets/{dataset}/customers');
    // @ts-expect-error -- the trigger subscriptions are POST only
    void client.GET('/datasets/{dataset}/subscriptions/segmentthresholdcrossed', { params: { path: { dataset: 'ds' } } });
  });
});

describe('triggers and measures', () => {
  it('threshold triggers need their picker value and a numeric threshold', () => {
    expectTypeOf<operations['OnMeasureThresholdCrossed']['parameters']['query']>().toEqualTypeOf<{ measure: string; threshold: number }>();
    const body = { callbackUrl: 'https://flow.example/callback' };
    void client.POST('/datasets/{dataset}/subscriptions/measurethresholdcrossed', {
      params: { path: { dataset: 'ds' }, query: { measure: 'Revenue', threshold: 1000 } },
      body,
    });
    void client.POST('/datasets/{dataset}/subscriptions/measurethresholdcrossed', {
      // @ts-expect-error -- the threshold is a number, not text
      params: { path: { dataset: 'ds' }, query: { measure: 'Revenue', threshold: '1000' } },
      body,
    });
    void client.POST('/datasets/{dataset}/subscriptions/segmentthresholdcrossed', {
      params: { path: { dataset: 'ds' }, query: { segment: 'VIP', threshold: 10 } },
      // @ts-expect-error -- the callback URL is required
      body: {},
    });
  });

  it('payloads carry numbers where the definition says so', () => {
    expectTypeOf<components['schemas']['MeasureData']['Threshold']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<components['schemas']['SegmentData']['EntityCount']>().toEqualTypeOf<number | undefined>();
  });
});

describe('dynamic items', () => {
  it('item bodies and results are open records, never Record<string, never>', () => {
    type CreateBody = NonNullable<operations['CreateItem']['requestBody']>['content']['application/json'];
    expectTypeOf<CreateBody>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<CreateBody>().not.toEqualTypeOf<Record<string, never>>();
    type Item = operations['GetItem']['responses'][200]['content']['application/json'];
    expectTypeOf<Item>().toEqualTypeOf<Record<string, unknown>>();
    void client.PATCH('/datasets/{dataset}/tables/{table}/items/{id}', {
      params: { path: { ...path, id: 'c1' } },
      body: { Name: 'Ada', Score: 3, Tags: ['a'] },
    });
  });
});

describe('results', () => {
  it('data is the declared success body; error is the OData error body', async () => {
    const { data, error, response } = await client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path } });
    expectTypeOf(data).toEqualTypeOf<{ value: Record<string, unknown>[] } | undefined>();
    expectTypeOf(error).toEqualTypeOf<ODataError | undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    if (error) expectTypeOf(error.error.code).toBeString();
    else expectTypeOf(data.value).toEqualTypeOf<Record<string, unknown>[]>();
  });

  it('getAllItems and iterateItems give items as open records', async () => {
    const all = await client.getAllItems({ dataset: 'ds', table: 'Customer', $filter: "Name eq 'Ada'", pageSize: 50 });
    if (all.error) {
      expectTypeOf(all.error).toEqualTypeOf<ODataError>();
      expectTypeOf(all.partial).toEqualTypeOf<Record<string, unknown>[]>();
    } else {
      expectTypeOf(all.data).toEqualTypeOf<Record<string, unknown>[]>();
    }
    expectTypeOf(client.iterateItems({ dataset: 'ds', table: 'Customer' })).toMatchTypeOf<AsyncIterable<Record<string, unknown>>>();
    // @ts-expect-error -- the entity is required
    void client.getAllItems({ dataset: 'ds' });
  });
});

describe('createClient options', () => {
  it('takes the token as a string or a function returning one or a promise of one', () => {
    type Token = Parameters<typeof createClient>[0]['token'];
    expectTypeOf<Token>().toEqualTypeOf<string | (() => string | Promise<string>)>();
    createClient({ baseUrl: 'https://ci.test', token: async () => 'fresh' });
    createClient({ baseUrl: 'https://ci.test', token: () => 'fresh', fetch: (request) => fetch(request) });
    // @ts-expect-error -- a promise is not a token source; a function returning it is
    createClient({ baseUrl: 'https://ci.test', token: Promise.resolve('t') });
    // @ts-expect-error -- the token is required
    createClient({ baseUrl: 'https://ci.test' });
  });
});
