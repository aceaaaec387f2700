import type { HttpHandler } from 'msw';
import { entityMetadata, http, mapped, type MappingContext } from './context.js';
import { csvHeader, partitionName, partitionTable } from './partition-tables.js';

/**
 * GET /v2/datasets/{dataset}/tables/{table}/partitions → `GET /manage/entities/{table}`: the CSV
 * header from the entity's attributes plus its `partitions[]`, optionally only the one named
 * `partitionDisplayName` (case-insensitive).
 */
export function GetPartitionsV2(ctx: MappingContext): HttpHandler {
  return http.get('/v2/datasets/{dataset}/tables/{table}/partitions', (info) =>
    mapped(ctx, info, async (call) => {
      const entity = await entityMetadata(ctx, call, info.params.dataset, info.params.table, true);
      const wanted = call.query.get('partitionDisplayName')?.trim().toLowerCase();
      const partitions = entity.partitions
        .map(partitionTable)
        .filter((_, i) => !wanted || partitionName(entity.partitions[i]!, i).toLowerCase() === wanted);
      return info.response(200).json({ Header: csvHeader(entity), Partitions: partitions });
    }),
  );
}
