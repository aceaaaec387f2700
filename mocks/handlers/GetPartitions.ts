import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { partitionTable } from './tables.js';

/** GET /datasets/{dataset}/tables/{table}/partitions: the entity's CSV partitions as Table objects. */
export function GetPartitions(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/partitions', (info) =>
    guarded(ctx, info, () => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      return info.response(200).json(table.partitions().map(partitionTable));
    }),
  );
}
