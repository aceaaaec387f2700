import type { HttpHandler } from 'msw';
import { badRequest } from '../store/errors.js';
import { guarded, http, type HandlerContext } from './context.js';

/** GET /datasets/{dataset}/tables/{table}/schema: the dynamic schema of one item or of a list body. */
export function GetEntitySchema(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/schema', (info) =>
    guarded(ctx, info, ({ query }) => {
      const shape = query.get('shape') ?? 'item';
      if (shape !== 'item' && shape !== 'list') {
        throw badRequest('InvalidParameter', `shape must be 'item' or 'list', got '${shape}'`);
      }
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      return info.response(200).json({ Name: table.name, DisplayName: table.definition.displayName, schema: table.schema(shape) });
    }),
  );
}
