/**
 * `createClient`: the typed client for the connector's API. It is openapi-fetch's client over the
 * generated `paths` (so `GET`, `POST`, `PATCH`, `DELETE` check paths, parameters and bodies at
 * compile time), sent through a fetch that paces itself to the throttling policies per connection
 * and honours Retry-After, plus helpers to read a whole entity.
 */
import createFetchClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { throttlingPolicies } from '../connector/throttling.js';
import { systemClock } from '../scripts/core/pacing/clock.js';
import type { Clock } from '../scripts/core/pacing/clock.js';
import { getAllItems, iterateItems } from './paging.js';
import type { AllItemsResult, ItemsQuery } from './paging.js';
import { createThrottledFetch, defaultRetry } from './throttled-fetch.js';
import type { FetchLike, RetryOptions } from './throttled-fetch.js';
import type { TokenSource } from './token.js';
import { createItem, getItem, updateItem } from './items.js';
import type { ItemRef, ItemResult, TableRef } from './items.js';
import type { ClientPaths, Item, TableMap } from './types.js';

export interface CreateClientOptions {
  /** The address of a backend that serves the connector's API (the connection's `hostUrl`), e.g. `http://127.0.0.1:4310` for `npm start`. */
  baseUrl: string;
  /** The connection's bearer token, or a function that returns (or resolves to) it. */
  token: TokenSource;
  /** Defaults to the global fetch, looked up per call (so interceptors installed later apply). */
  fetch?: FetchLike;
  /** Time source for pacing and Retry-After; defaults to the system clock. */
  clock?: Clock;
  /**
   * Calls are paced per connection: by default per base URL and token, shared by every client of
   * that connection in the process. Give an id to pace by it instead, e.g. when the token rotates
   * but the budget does not.
   */
  connectionId?: string;
  retry?: RetryOptions;
}

/**
 * The client: openapi-fetch's `GET`/`POST`/`PATCH`/`DELETE` over the connector's paths, plus item
 * helpers typed by row. `Tables` (entity name → row type, as `insights-connector types` writes it)
 * types the helpers by the `table` given; an explicit type argument (`getAllItems<MyRow>(…)`) or an
 * entity `Tables` does not name gives that row type, or an open `Item`.
 */
export interface InsightsClient<Tables extends TableMap = {}> extends Client<ClientPaths> {
  // Each helper has two signatures: an entity `Tables` names gets its row type; any other entity
  // gets an explicit `<Row>` or an open Item. The second excludes the entities of `Tables`, so a
  // wrong field for a known entity is an error instead of falling through to the open signature.

  /** Every item of an entity, as an async iterator (throws on a failing page). */
  iterateItems<Table extends keyof Tables & string>(query: ItemsQuery & { table: Table }): AsyncGenerator<Tables[Table], void>;
  iterateItems<Row = Item, Table extends string = string>(query: ItemsQuery & { table: OtherTable<Tables, Table> }): AsyncGenerator<Row, void>;
  /** Every item of an entity in one array, as `{ data, error, response }`. */
  getAllItems<Table extends keyof Tables & string>(query: ItemsQuery & { table: Table }): Promise<AllItemsResult<Tables[Table]>>;
  getAllItems<Row = Item, Table extends string = string>(query: ItemsQuery & { table: OtherTable<Tables, Table> }): Promise<AllItemsResult<Row>>;
  /** One item by its key. */
  getItem<Table extends keyof Tables & string>(ref: ItemRef & { table: Table }): Promise<ItemResult<Tables[Table]>>;
  getItem<Row = Item, Table extends string = string>(ref: ItemRef & { table: OtherTable<Tables, Table> }): Promise<ItemResult<Row>>;
  /** Creates an item and returns it as stored (read back from the answer's Location: one more call). */
  createItem<Table extends keyof Tables & string>(ref: TableRef & { table: Table }, item: Partial<Tables[Table]>): Promise<ItemResult<Tables[Table]>>;
  createItem<Row = Item, Table extends string = string>(
    ref: TableRef & { table: OtherTable<Tables, Table> },
    item: Partial<NoInfer<Row>>,
  ): Promise<ItemResult<Row>>;
  /** Changes the given fields of an item and returns the item as updated. */
  updateItem<Table extends keyof Tables & string>(ref: ItemRef & { table: Table }, changes: Partial<Tables[Table]>): Promise<ItemResult<Tables[Table]>>;
  updateItem<Row = Item, Table extends string = string>(
    ref: ItemRef & { table: OtherTable<Tables, Table> },
    changes: Partial<NoInfer<Row>>,
  ): Promise<ItemResult<Row>>;
}

/** `Table`, unless `Tables` names it (then its own signature applies). */
type OtherTable<Tables, Table extends string> = Table extends keyof Tables ? never : Table;

/**
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4310', token: () => getToken() });
 * const { data, error } = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
 *   params: { path: { dataset, table: 'Customer', id } },
 * });
 * if (error) console.error(error.error.code, error.error.message);
 * const all = await client.getAllItems({ dataset, table: 'Customer', $filter: "CurrentTier eq 'Gold'" });
 * ```
 * With the row types of `insights-connector types` (`import type { Tables } from './insights-types.js'`),
 * `createClient<Tables>(…)` types `all.data` as `Customer[]`.
 * Calls wait for the connection's budget (`throttlingPolicies`) instead of failing; a 429 is retried after
 * its Retry-After. Failures of the service come back in `error`; only transport failures (no
 * answer at all) and a token source that throws reject, as with openapi-fetch itself.
 */
export function createClient<Tables extends TableMap = {}>(options: CreateClientOptions): InsightsClient<Tables> {
  if (typeof options.baseUrl !== 'string' || options.baseUrl === '') {
    throw new TypeError('createClient: baseUrl is required (the address of the Customer Insights backend).');
  }
  if (typeof options.token !== 'string' && typeof options.token !== 'function') {
    throw new TypeError('createClient: token must be a string or a function that returns one.');
  }
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const fetch = createThrottledFetch({
    baseUrl: options.baseUrl,
    token: options.token,
    fetch: baseFetch,
    clock: options.clock ?? systemClock,
    policies: throttlingPolicies,
    ...(options.connectionId !== undefined && { connectionId: options.connectionId }),
    retry: { ...defaultRetry, ...options.retry },
  });
  const api = createFetchClient<ClientPaths>({ baseUrl: options.baseUrl, fetch });
  const helpers = {
    iterateItems: (query: ItemsQuery) => iterateItems(api, query),
    getAllItems: (query: ItemsQuery) => getAllItems(api, query),
    getItem: (ref: ItemRef) => getItem(api, ref),
    createItem: (ref: TableRef, item: Partial<Item>) => createItem(api, options.baseUrl, ref, item),
    updateItem: (ref: ItemRef, changes: Partial<Item>) => updateItem(api, ref, changes),
  };
  // The overloads only narrow the row type; every one of them is this implementation.
  return Object.assign(api, helpers) as unknown as InsightsClient<Tables>;
}
