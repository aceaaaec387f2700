import type { HttpHandler } from 'msw';
import { http, mapped, restPath, type MappingContext } from './context.js';
import { readItem } from './GetItem.js';
import { DATA_WRITE_CONTENT_TYPE, readItemBody } from './item-body.js';

/**
 * PATCH /datasets/{dataset}/tables/{table}/items/{id} → `PATCH /instances/{id}/data/{table}/{id}`.
 * The REST API answers 204 without a body; the connector answers with the updated item, so the
 * gateway reads it back (the keyed `$filter` of Get item) and answers that.
 */
export function UpdateItem(ctx: MappingContext): HttpHandler {
  return http.patch('/datasets/{dataset}/tables/{table}/items/{id}', (info) =>
    mapped(ctx, info, async (call) => {
      const { dataset, table, id } = info.params;
      const item = await readItemBody(info.request);
      await call.rest({
        method: 'PATCH',
        path: restPath(ctx.routes.dataItem, { instanceId: dataset, entityName: table, entityId: id }),
        instanceId: dataset,
        body: item,
        contentType: DATA_WRITE_CONTENT_TYPE,
      });
      return info.response(200).json(await readItem(ctx, call, dataset, table, id));
    }),
  );
}
