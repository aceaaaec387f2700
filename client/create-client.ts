/**
 * `createClient`: the typed client for the connector's API. It is openapi-fetch's client over the
 * generated `paths` (so `GET`, `POST`, `PATCH`, `DELETE` check paths, parameters and bodies at
 * compile time), sent through a fetch that paces itself to the throttling policies per connection
 * and honours Retry-After, plus helpers to read a whole entity.
 */
import createFetchClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { throttlingPolicies } from '../connector/throttling.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { getAllItems, iterateItems } from './paging.js';
import type { AllItemsResult, ItemsQuery } from './paging.js';
import { createThrottledFetch, defaultRetry } from './throttled-fetch.js';
import type { FetchLike, RetryOptions } from './throttled-fetch.js';
import type { TokenSource } from './token.js';
import type { ClientPaths, Item } from './types.js';

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

export interface InsightsClient extends Client<ClientPaths> {
  /** Every item of an entity, as an async iterator (throws on a failing page). */
  iterateItems(query: ItemsQuery): AsyncGenerator<Item, void>;
  /** Every item of an entity in one array, as `{ data, error, response }`. */
  getAllItems(query: ItemsQuery): Promise<AllItemsResult>;
}

/**
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'http://127.0.0.1:4310', token: () => getToken() });
 * const { data, error } = await client.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
 *   params: { path: { dataset, table: 'Customer', id } },
 * });
 * if (error) console.error(error.error.code, error.error.message);
 * const all = await client.getAllItems({ dataset, table: 'Customer', $filter: "City eq 'Seattle'" });
 * ```
 * Calls wait for the connection's budget (`throttlingPolicies`) instead of failing; a 429 is retried after
 * its Retry-After. Failures of the service come back in `error`; only transport failures (no
 * answer at all) and a token source that throws reject, as with openapi-fetch itself.
 */
export function createClient(options: CreateClientOptions): InsightsClient {
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
  return Object.assign(api, {
    iterateItems: (query: ItemsQuery) => iterateItems(api, query),
    getAllItems: (query: ItemsQuery) => getAllItems(api, query),
  });
}
