import type { HttpHandler } from 'msw';
import { ApiError } from '../../mocks/index.js';
import { entityKey, entityMetadata, http, isRecord, keyFilter, mapped, restPath, unexpectedShape, type Call, type MappingContext } from './context.js';

/** One row by key: `$filter=<key> eq '<id>'&$top=1`, the key from the entity's metadata; 404 when nothing matches. */
export async function readItem(ctx: MappingContext, call: Call, dataset: string, table: string, id: string): Promise<Record<string, unknown>> {
  const key = entityKey(await entityMetadata(ctx, call, dataset, table));
  const answer = await call.rest({
    method: 'GET',
    path: restPath(ctx.routes.data, { instanceId: dataset, entityName: table }),
    instanceId: dataset,
    query: { $filter: keyFilter(key, id), $top: '1' },
  });
  if (!isRecord(answer.body) || !Array.isArray(answer.body['value'])) throw unexpectedShape(`the rows of '${table}'`);
  const row = answer.body['value'][0];
  if (!isRecord(row)) throw new ApiError(404, 'ItemNotFound', `No item of '${table}' has ${key.name} '${id}'`);
  return row;
}

/** GET /datasets/{dataset}/tables/{table}/items/{id} → `GET /instances/{id}/data/{table}?$filter=<key> eq '{id}'&$top=1`. */
export function GetItem(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/items/{id}', (info) =>
    mapped(ctx, info, async (call) => {
      const { dataset, table, id } = info.params;
      return info.response(200).json(await readItem(ctx, call, dataset, table, id));
    }),
  );
}
