import type { HttpHandler } from 'msw';
import { ApiError } from '../../mocks/index.js';
import { entityKey, entityMetadata, http, mapped, restPath, type MappingContext } from './context.js';
import { readItem } from './GetItem.js';
import { DATA_WRITE_CONTENT_TYPE, readItemBody } from './item-body.js';

/**
 * PATCH /datasets/{dataset}/tables/{table}/items/{id} → `PATCH /instances/{id}/data/{table}/{id}`.
 * The REST API answers 204 without a body; the connector answers with the updated item, so the
 * gateway reads it back (the keyed `$filter` of Get item) and answers that. The PATCH found the
 * item, so a read-back that misses it (the write not visible yet) is not a 404: the answer is then
 * the fields just written with the key, and a log line says so.
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
      try {
        return info.response(200).json(await readItem(ctx, call, dataset, table, id));
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        const key = entityKey(await entityMetadata(ctx, call, dataset, table));
        ctx.log.log({ event: 'update-read-back-missed', correlationId: call.correlationId, table });
        return info.response(200).json({ ...item, [key.name]: id });
      }
    }),
  );
}
