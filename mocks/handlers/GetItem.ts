import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';

/** GET /datasets/{dataset}/tables/{table}/items/{id}: one item by its key. */
export function GetItem(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/items/{id}', (info) =>
    guarded(ctx, info, () => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      table.assertRetrievable();
      return info.response(200).json({ ...table.require(info.params.id) });
    }),
  );
}
