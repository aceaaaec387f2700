import type { HttpHandler } from 'msw';
import { guarded, http, readJson, type HandlerContext } from './context.js';

/** PATCH /datasets/{dataset}/tables/{table}/items/{id}: merges the body into the item, returns it. */
export function UpdateItem(ctx: HandlerContext): HttpHandler {
  return http.patch('/datasets/{dataset}/tables/{table}/items/{id}', (info) =>
    guarded(ctx, info, async () => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      table.require(info.params.id);
      const body = await readJson(ctx, info.request);
      return info.response(200).json({ ...table.update(info.params.id, body) });
    }),
  );
}
