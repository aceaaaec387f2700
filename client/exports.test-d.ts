/**
 * Every type a caller of the client names is exported from the package root, and is the type the
 * client's signatures use: a caller can annotate variables, wrap the client and write helpers
 * without reaching into client/.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createClient } from '../index.js';
import type {
  AllItemsResult,
  Clock,
  CreateClientOptions,
  FetchLike,
  InsightsClient,
  Item,
  ItemRef,
  ItemResult,
  ItemsQuery,
  ODataError,
  RetryOptions,
  RowOf,
  TableMap,
  TableRef,
  TokenSource,
} from '../index.js';

interface Customer {
  CustomerId?: string;
}
interface Tables {
  Customer: Customer;
}

describe('client types exported from the package root', () => {
  it('names the client, its options and its parts', () => {
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<CreateClientOptions>();
    expectTypeOf(createClient({ baseUrl: 'https://ci.test', token: 't' })).toEqualTypeOf<InsightsClient>();
    expectTypeOf(createClient<Tables>({ baseUrl: 'https://ci.test', token: 't' })).toEqualTypeOf<InsightsClient<Tables>>();
    expectTypeOf<CreateClientOptions['token']>().toEqualTypeOf<TokenSource>();
    expectTypeOf<CreateClientOptions['clock']>().toEqualTypeOf<Clock | undefined>();
    expectTypeOf<CreateClientOptions['retry']>().toEqualTypeOf<RetryOptions | undefined>();
    expectTypeOf<CreateClientOptions['fetch']>().toEqualTypeOf<FetchLike | undefined>();
    expectTypeOf<CreateClientOptions['connectionId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RetryOptions>().toEqualTypeOf<{ maxRetries?: number; maxDelayMs?: number }>();
  });

  it('names the queries, items, results and errors of the helpers', async () => {
    const client: InsightsClient<Tables> = createClient<Tables>({ baseUrl: 'https://ci.test', token: 't' });
    const query: ItemsQuery = { dataset: 'ds', table: 'Customer', $filter: "CustomerId eq 'c1'", pageSize: 10 };
    const all: AllItemsResult<Item> = await client.getAllItems(query);
    if (all.error) expectTypeOf(all.error).toEqualTypeOf<ODataError>();
    const ref: ItemRef & { table: 'Customer' } = { dataset: 'ds', table: 'Customer', id: 'c1' };
    const one: ItemResult<Customer> = await client.getItem(ref);
    void one;
    const table: TableRef = { dataset: 'ds', table: 'Customer' };
    void table;
    expectTypeOf<ODataError['error']>().toEqualTypeOf<{ code: string; message: string }>();
    expectTypeOf<Item>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<RowOf<Tables, 'Customer'>>().toEqualTypeOf<Customer>();
    expectTypeOf<RowOf<Tables, 'Other'>>().toEqualTypeOf<Item>();
    expectTypeOf<Tables>().toMatchTypeOf<TableMap>();
  });
});
