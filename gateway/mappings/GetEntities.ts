import type { HttpHandler } from 'msw';
import { http, mapped, type MappingContext } from './context.js';
import { entityTable, listEntities } from './entity-tables.js';

/** GET /datasets/{dataset}/tables → `GET /instances/{id}/manage/entities`: every entity, as `Table`. */
export function GetEntities(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables', (info) =>
    mapped(ctx, info, async (call) => {
      const entities = await listEntities(ctx, call, info.params.dataset);
      return info.response(200).json({ value: entities.map(entityTable) });
    }),
  );
}
