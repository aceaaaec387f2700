/**
 * Reading a whole entity. "Get items" pages with `$top`/`$skip`; the tabular contract has no next
 * link, so the last page is the first one shorter than the page size. Every page is a call and is
 * paced like any other, so a large read spreads itself over as many windows as the budget needs.
 */
import type { Client } from 'openapi-fetch';
import type { ODataError } from './odata-error.js';
import type { ClientPaths, Item } from './types.js';

export interface ItemsQuery {
  /** The instance. */
  dataset: string;
  /** The entity. */
  table: string;
  $filter?: string;
  $select?: string;
  /**
   * Items asked for per call (`$top`). Default 100. Must not exceed the most the service returns in
   * one page, or a full page would look like the last one.
   */
  pageSize?: number;
}

export type AllItemsResult<Row = Item> =
  | { data: Row[]; error?: never; response: Response }
  /** `partial`: the items read before the failing page, so a retry need not spend those calls again. */
  | { data?: never; error: ODataError; response: Response; partial: Row[] };

export const defaultPageSize = 100;

type ItemsPage =
  | { items: Item[]; error?: never; response: Response }
  | { items?: never; error: ODataError; response: Response };

async function* pages(api: Client<ClientPaths>, query: ItemsQuery): AsyncGenerator<ItemsPage> {
  const pageSize = query.pageSize ?? defaultPageSize;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`getAllItems: pageSize must be a positive whole number; got ${pageSize}.`);
  }
  for (let skip = 0; ; skip += pageSize) {
    const { data, error, response } = await api.GET('/datasets/{dataset}/tables/{table}/items', {
      params: {
        path: { dataset: query.dataset, table: query.table },
        query: {
          ...(query.$filter !== undefined && { $filter: query.$filter }),
          ...(query.$select !== undefined && { $select: query.$select }),
          $top: pageSize,
          ...(skip > 0 && { $skip: skip }),
        },
      },
    });
    if (error !== undefined || data === undefined) {
      yield { error: error ?? emptyBodyError(response), response };
      return;
    }
    yield { items: data.value, response };
    // Fewer than asked: the last page. More than asked: the service ignored $top, so $skip cannot
    // be trusted either; stopping beats re-reading the same items forever.
    if (data.value.length !== pageSize) return;
  }
}

function emptyBodyError(response: Response): ODataError {
  return { error: { code: 'EmptyResponse', message: `HTTP ${response.status}: "Get items" answered without a body.` } };
}

/**
 * Yields every item of the entity, page by page as they arrive. A failing page throws an Error
 * whose message carries the service's code and message and whose `cause` is `{ error, response }`.
 */
export async function* iterateItems<Row = Item>(api: Client<ClientPaths>, query: ItemsQuery): AsyncGenerator<Row, void> {
  for await (const page of pages(api, query)) {
    if (page.error) {
      throw new Error(
        `Get items of ${query.table} failed at HTTP ${page.response.status}: ${page.error.error.code}: ${page.error.error.message}`,
        { cause: { error: page.error, response: page.response } },
      );
    }
    // The backend's entity schema is what `Row` was generated from; the rows are not re-checked here.
    yield* page.items as Row[];
  }
}

/** Reads every item of the entity into one array, as openapi-fetch's `{ data, error, response }`. */
export async function getAllItems<Row = Item>(api: Client<ClientPaths>, query: ItemsQuery): Promise<AllItemsResult<Row>> {
  const items: Row[] = [];
  for await (const page of pages(api, query)) {
    if (page.error) return { error: page.error, response: page.response, partial: items };
    // One by one: spreading a very large page into push() can exceed the argument limit.
    for (const item of page.items) items.push(item as Row);
    if (page.items.length !== (query.pageSize ?? defaultPageSize)) return { data: items, response: page.response };
  }
  throw new Error('getAllItems: the pages ended without a last page.');
}
