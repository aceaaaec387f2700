import type { HttpHandler } from 'msw';
import { ApiError } from '../../mocks/index.js';
import { entityMetadata, http, mapped, type MappingContext } from './context.js';
import { entitySchema } from './entity-schema.js';

/** GET /datasets/{dataset}/tables/{table}/schema → `GET /manage/entities/{table}`: attributes as JSON Schema. */
export function GetEntitySchema(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/schema', (info) =>
    mapped(ctx, info, async (call) => {
      const shape = call.query.get('shape') ?? 'item';
      if (shape !== 'item' && shape !== 'list') throw new ApiError(400, 'InvalidParameter', `shape must be 'item' or 'list', got '${shape}'`);
      const entity = await entityMetadata(ctx, call, info.params.dataset, info.params.table, true);
      return info.response(200).json({ Name: info.params.table, DisplayName: entity.name, schema: entitySchema(entity, shape) });
    }),
  );
}
