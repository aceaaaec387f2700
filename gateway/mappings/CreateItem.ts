import type { HttpHandler } from 'msw';
import { entityKey, entityMetadata, gatewayLink, http, isRecord, mapped, restPath, type MappingContext } from './context.js';
import { DATA_WRITE_CONTENT_TYPE, readItemBody } from './item-body.js';

/**
 * POST /datasets/{dataset}/tables/{table}/items → `POST /instances/{id}/data/{table}`. The REST API
 * answers 201 `CreatedResult` or, when it queues the write, 202 `AcceptedResult`; the connector
 * declares 201 with a `Location` of the new item, which is what both become (a queued item may take
 * a moment before Get item finds it).
 */
export function CreateItem(ctx: MappingContext): HttpHandler {
  return http.post('/datasets/{dataset}/tables/{table}/items', (info) =>
    mapped(ctx, info, async (call) => {
      const { dataset, table } = info.params;
      const item = await readItemBody(info.request);
      const key = entityKey(await entityMetadata(ctx, call, dataset, table));
      const answer = await call.rest({
        method: 'POST',
        path: restPath(ctx.routes.data, { instanceId: dataset, entityName: table }),
        instanceId: dataset,
        body: item,
        contentType: DATA_WRITE_CONTENT_TYPE,
      });
      const created = isRecord(answer.body) && isRecord(answer.body['value']) ? answer.body['value'] : item;
      const id = created[key.name] ?? item[key.name];
      const headers: Record<string, string> = {};
      if (typeof id === 'string' || typeof id === 'number') {
        headers['Location'] = gatewayLink(ctx, call, `/datasets/${encodeURIComponent(dataset)}/tables/${encodeURIComponent(table)}/items/${encodeURIComponent(String(id))}`);
      }
      return info.response(201).empty({ headers });
    }),
  );
}
