import type { HttpHandler } from 'msw';
import { csvHeader } from '../store/csv.js';
import { guarded, http, type HandlerContext } from './context.js';
import { partitionTable } from './tables.js';

/** GET /v2/datasets/{dataset}/tables/{table}/partitions: the CSV header plus partitions, optionally by display name. */
export function GetPartitionsV2(ctx: HandlerContext): HttpHandler {
  return http.get('/v2/datasets/{dataset}/tables/{table}/partitions', (info) =>
    guarded(ctx, info, ({ query }) => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      const wanted = query.get('partitionDisplayName')?.trim().toLowerCase();
      const partitions = table.partitions().filter((p) => !wanted || p.displayName.toLowerCase() === wanted);
      return info.response(200).json({ Header: csvHeader(table.definition.attributes), Partitions: partitions.map(partitionTable) });
    }),
  );
}
