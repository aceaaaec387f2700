import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { entityTable } from './tables.js';

/** GET /datasets/{dataset}/tables: every entity, including those only readable through partitions. */
export function GetEntities(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables', (info) =>
    guarded(ctx, info, () => {
      const instance = ctx.store.instance(info.params.dataset);
      return info.response(200).json({ value: [...instance.tables.values()].map(entityTable) });
    }),
  );
}
