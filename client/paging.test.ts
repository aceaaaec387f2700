import { describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';
import { createClient } from './create-client.js';
import { createSimulatedClock } from './testing/simulated-clock.js';
import { createFakeItemsBackend } from './testing/fake-items-backend.js';

const policy = throttlingPolicies[0]!;
const customers = (n: number) => Array.from({ length: n }, (_, i) => ({ CustomerId: `c${i + 1}` }));

function setup(items: Record<string, unknown>[]) {
  const clock = createSimulatedClock(0);
  const backend = createFakeItemsBackend({ clock, items, policy });
  const client = createClient({
    baseUrl: 'https://ci.test',
    token: `paging-${Math.random().toString(36).slice(2)}`,
    clock,
    fetch: (request) => backend.fetch(request),
  });
  return { clock, backend, client };
}

describe('getAllItems', () => {
  it('reads every item with $top/$skip and stops at the first short page', async () => {
    const { backend, client } = setup(customers(25));
    const { data, error } = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 10 });
    expect(error).toBeUndefined();
    expect(data).toEqual(customers(25));
    expect(backend.calls.map((c) => [c.url.searchParams.get('$top'), c.url.searchParams.get('$skip')])).toEqual([
      ['10', null],
      ['10', '10'],
      ['10', '20'],
    ]);
  });

  it('needs one more (empty) page when the count is a multiple of the page size', async () => {
    const { backend, client } = setup(customers(20));
    const { data } = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 10 });
    expect(data).toHaveLength(20);
    expect(backend.calls).toHaveLength(3);
  });

  it('passes $filter and $select on every page', async () => {
    const { backend, client } = setup(customers(3));
    await client.getAllItems({ dataset: 'ds', table: 'Customer', $filter: "CustomerId eq 'c1'", $select: 'CustomerId', pageSize: 2 });
    for (const call of backend.calls) {
      expect(call.url.pathname).toBe('/datasets/ds/tables/Customer/items');
      expect(call.url.searchParams.get('$filter')).toBe("CustomerId eq 'c1'");
      expect(call.url.searchParams.get('$select')).toBe('CustomerId');
    }
  });

  it('pages within the budget: 250 pages wait two windows and meet no 429', async () => {
    const { backend, client, clock } = setup(customers(2_495));
    const { data } = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 10 });
    expect(data).toHaveLength(2_495);
    expect(backend.calls).toHaveLength(250);
    expect(backend.throttled()).toBe(0);
    expect(clock.now()).toBe(2 * policy.renewalPeriodSeconds * 1000);
  });

  it('returns the error of a failing page with the items read before it', async () => {
    const clock = createSimulatedClock(0);
    let calls = 0;
    const client = createClient({
      baseUrl: 'https://ci.test',
      token: 'paging-error',
      clock,
      fetch: async () =>
        ++calls === 1
          ? Response.json({ value: customers(2) })
          : Response.json({ error: { code: 'EntityNotFound', message: 'Customer is gone.' } }, { status: 404 }),
    });
    const result = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 2 });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ error: { code: 'EntityNotFound', message: 'Customer is gone.' } });
    expect(result.response.status).toBe(404);
    expect(result.error && result.partial).toEqual(customers(2));
  });

  it('stops after one page when the service ignores $top, instead of paging forever', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: 'https://ci.test',
      token: 'paging-ignores-top',
      clock: createSimulatedClock(0),
      fetch: async () => {
        calls++;
        return Response.json({ value: customers(30) });
      },
    });
    const { data } = await client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 10 });
    expect(data).toEqual(customers(30));
    expect(calls).toBe(1);
  });

  it('rejects a page size that cannot page', async () => {
    const { client } = setup(customers(1));
    await expect(client.getAllItems({ dataset: 'ds', table: 'Customer', pageSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('iterateItems', () => {
  it('yields the items page by page, in order', async () => {
    const { client } = setup(customers(7));
    const seen: unknown[] = [];
    for await (const item of client.iterateItems({ dataset: 'ds', table: 'Customer', pageSize: 3 })) seen.push(item);
    expect(seen).toEqual(customers(7));
  });

  it('stops early without fetching pages nobody reads', async () => {
    const { backend, client } = setup(customers(50));
    for await (const item of client.iterateItems({ dataset: 'ds', table: 'Customer', pageSize: 10 })) {
      if (item['CustomerId'] === 'c12') break;
    }
    expect(backend.calls).toHaveLength(2);
  });

  it('throws on a failing page, with the service error as the cause', async () => {
    const client = createClient({
      baseUrl: 'https://ci.test',
      token: 'iterate-error',
      clock: createSimulatedClock(0),
      fetch: async () => Response.json({ error: { code: 'InvalidFilter', message: 'Bad $filter.' } }, { status: 400 }),
    });
    const read = async () => {
      for await (const _ of client.iterateItems({ dataset: 'ds', table: 'Customer', $filter: 'nope' })) void _;
    };
    await expect(read()).rejects.toThrow(/HTTP 400: InvalidFilter: Bad \$filter\./);
    await expect(read()).rejects.toMatchObject({ cause: { error: { error: { code: 'InvalidFilter' } } } });
  });
});
