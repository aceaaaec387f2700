import type { HttpHandler } from 'msw';
import { http, mapped, type MappingContext } from './context.js';
import { entityTable, isItemReadable, listEntities } from './entity-tables.js';

/** GET /datasets/{dataset}/lookups/entities → `GET /instances/{id}/manage/entities`: the entities the item operations can read. */
export function ListEntities(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/entities', (info) =>
    mapped(ctx, info, async (call) => {
      const entities = await listEntities(ctx, call, info.params.dataset);
      return info.response(200).json({ value: entities.filter(isItemReadable).map(entityTable) });
    }),
  );
}
