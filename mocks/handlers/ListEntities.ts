import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { entityTable } from './tables.js';

/** GET /datasets/{dataset}/lookups/entities: the entity picker of the item operations. */
export function ListEntities(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/entities', (info) =>
    guarded(ctx, info, () => {
      const instance = ctx.store.instance(info.params.dataset);
      const readable = [...instance.tables.values()].filter((t) => t.definition.itemAccess !== 'none');
      return info.response(200).json({ value: readable.map(entityTable) });
    }),
  );
}
