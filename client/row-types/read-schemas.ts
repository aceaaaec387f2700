/**
 * Reads the schema of every entity of a dataset the way the flow designer does: the entity
 * picker (ListEntities, the `x-ms-dynamic-values` of the item operations' `table`), then the
 * metadata operation behind their dynamic item shapes (GetEntitySchema with `shape=item`).
 */
import type { InsightsClient } from '../create-client.js';
import type { EntitySchema } from './emit.js';

export type ReadResult = { entities: EntitySchema[] } | { error: string };

/**
 * More entities than this is not a dataset to type in one file: each costs a call, paced to the
 * connection's budget, so a backend listing millions would keep the command busy for days.
 */
export const MAX_ENTITIES = 1000;

export async function readEntitySchemas(client: InsightsClient, dataset: string): Promise<ReadResult> {
  const list = await client.GET('/datasets/{dataset}/lookups/entities', { params: { path: { dataset } } });
  if (list.error || !list.data) return { error: failure('ListEntities', list.response, list.error) };
  const listed = list.data.value ?? [];
  if (listed.length > MAX_ENTITIES) return { error: `ListEntities lists ${listed.length} entities, more than the ${MAX_ENTITIES} one types file covers` };
  const entities: EntitySchema[] = [];
  for (const entity of listed) {
    const name = entity.Name;
    if (typeof name !== 'string' || name === '') continue;
    // One at a time: the client paces each call to the connection's budget anyway.
    const answer = await client.GET('/datasets/{dataset}/tables/{table}/schema', {
      params: { path: { dataset, table: name }, query: { shape: 'item' } },
    });
    if (answer.error || !answer.data) return { error: failure(`GetEntitySchema of ${name}`, answer.response, answer.error) };
    const schema = answer.data.schema;
    if (typeof schema !== 'object' || schema === null) {
      return { error: `GetEntitySchema of ${name}: the answer has no schema object` };
    }
    entities.push({ name, ...(entity.DisplayName ? { displayName: entity.DisplayName } : {}), schema });
  }
  return { entities };
}

function failure(operation: string, response: Response, error: { error: { code: string; message: string } } | undefined): string {
  return `${operation}: HTTP ${response.status}${error ? ` ${error.error.code}: ${error.error.message}` : ', no body'}`;
}
