/**
 * The item operations with a row type: Get item, Create item and Update item answer with the
 * entity's dynamic shape, which the definition can only type as an open record. These take the row
 * type (from `insights-connector types`, or written by hand) and return it.
 *
 * Create item answers 201 with only a Location (the connector declares no outputs for it), so
 * `createItem` reads the new item back from that Location: one more call, paced like any other,
 * and only when the Location is an item of the same backend (the token goes nowhere else).
 */
import type { Client } from 'openapi-fetch';
import type { ODataError } from './odata-error.js';
import type { ClientPaths, Item } from './types.js';

/** Where an entity is: the instance and the entity's name. */
export interface TableRef {
  dataset: string;
  table: string;
}

/** Where one item is. */
export interface ItemRef extends TableRef {
  id: string;
}

/** openapi-fetch's result shape, with the row type as `data`. */
export type ItemResult<Row = Item> =
  | { data: Row; error?: never; response: Response }
  | { data?: never; error: ODataError; response: Response };

export async function getItem<Row = Item>(api: Client<ClientPaths>, ref: ItemRef): Promise<ItemResult<Row>> {
  const { data, error, response } = await api.GET('/datasets/{dataset}/tables/{table}/items/{id}', {
    params: { path: { dataset: ref.dataset, table: ref.table, id: ref.id } },
  });
  return result<Row>(data, error, response, 'Get item');
}

export async function updateItem<Row = Item>(
  api: Client<ClientPaths>,
  ref: ItemRef,
  changes: Partial<Row>,
): Promise<ItemResult<Row>> {
  const { data, error, response } = await api.PATCH('/datasets/{dataset}/tables/{table}/items/{id}', {
    params: { path: { dataset: ref.dataset, table: ref.table, id: ref.id } },
    body: changes as Record<string, unknown>,
  });
  return result<Row>(data, error, response, 'Update item');
}

/** Creates the item, then reads it back from the answer's Location, so `data` is the item as stored (with its key). */
export async function createItem<Row = Item>(
  api: Client<ClientPaths>,
  baseUrl: string,
  ref: TableRef,
  item: Partial<Row>,
): Promise<ItemResult<Row>> {
  const created = await api.POST('/datasets/{dataset}/tables/{table}/items', {
    params: { path: { dataset: ref.dataset, table: ref.table } },
    body: item as Record<string, unknown>,
  });
  if (created.error !== undefined) return { error: created.error, response: created.response };
  const location = created.response.headers.get('Location');
  const at = location === null ? undefined : itemAt(baseUrl, location);
  if (!at) {
    const detail = location === null ? 'no Location header' : 'a Location that is not an item of this backend';
    return {
      error: { error: { code: 'NoItemLocation', message: `Create item answered HTTP ${created.response.status} with ${detail}; the new item cannot be read back.` } },
      response: created.response,
    };
  }
  return getItem<Row>(api, at);
}

/** The item a Location names, when it is `<baseUrl>/datasets/{dataset}/tables/{table}/items/{id}`. */
export function itemAt(baseUrl: string, location: string): ItemRef | undefined {
  let base: URL;
  let target: URL;
  try {
    base = new URL(baseUrl);
    target = new URL(location, base);
  } catch {
    return undefined;
  }
  if (target.origin !== base.origin) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (!target.pathname.startsWith(`${prefix}/`)) return undefined;
  const match = /^\/datasets\/([^/]+)\/tables\/([^/]+)\/items\/([^/]+)$/.exec(target.pathname.slice(prefix.length));
  if (!match) return undefined;
  try {
    const [dataset, table, id] = match.slice(1).map((segment) => decodeURIComponent(segment!));
    return { dataset: dataset!, table: table!, id: id! };
  } catch {
    return undefined;
  }
}

function result<Row>(
  data: Record<string, unknown> | undefined,
  error: ODataError | undefined,
  response: Response,
  operation: string,
): ItemResult<Row> {
  if (error !== undefined) return { error, response };
  if (data === undefined || typeof data !== 'object' || data === null) {
    return { error: { error: { code: 'EmptyResponse', message: `HTTP ${response.status}: "${operation}" answered without an item.` } }, response };
  }
  // The backend's entity schema is what `Row` describes; the item is not re-checked here.
  return { data: data as Row, response };
}
