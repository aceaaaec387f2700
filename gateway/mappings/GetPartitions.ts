import type { HttpHandler } from 'msw';
import { entityMetadata, http, mapped, type MappingContext } from './context.js';
import { partitionTable } from './partition-tables.js';

/** GET /datasets/{dataset}/tables/{table}/partitions → `GET /manage/entities/{table}`: its `partitions[]` as `Table`. */
export function GetPartitions(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/partitions', (info) =>
    mapped(ctx, info, async (call) => {
      const entity = await entityMetadata(ctx, call, info.params.dataset, info.params.table, true);
      return info.response(200).json(entity.partitions.map(partitionTable));
    }),
  );
}
