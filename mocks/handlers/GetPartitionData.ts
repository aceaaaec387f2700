import type { HttpHandler } from 'msw';
import { badRequest, notFound } from '../store/errors.js';
import { readPartition } from '../store/partitions.js';
import { guarded, http, integerParam, requiredParam, type HandlerContext } from './context.js';

/**
 * GET /datasets/{dataset}/tables/{table}/partitiondata: rows of one partition from a byte offset,
 * bounded by maxSize bytes and maxResults rows; `OffsetEnd` is where the next read starts.
 */
export function GetPartitionData(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/partitiondata', (info) =>
    guarded(ctx, info, ({ query }) => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      const reference = requiredParam(query, 'partitionUri').trim();
      const partition = table.partitions().find((p) => p.name === reference || p.location === reference);
      if (!partition) {
        throw notFound('PartitionNotFound', `No partition '${reference}' in entity '${table.name}'; use a Name or location from Retrieve partitions`);
      }
      const rawSelect = query.get('select');
      let select: string[] | undefined;
      if (rawSelect !== null && rawSelect.trim() !== '') {
        select = rawSelect.split(',').map((c) => c.trim());
        const unknown = select.filter((c) => !table.attributes.has(c));
        if (unknown.length > 0) {
          throw badRequest('InvalidParameter', `select names unknown column(s) ${unknown.map((c) => `'${c}'`).join(', ')} of entity '${table.name}'`);
        }
      }
      const read = readPartition(partition, table.definition.attributes, {
        select,
        offsetStart: integerParam(query, 'offsetStart'),
        maxSize: integerParam(query, 'maxSize'),
        maxResults: integerParam(query, 'maxResults'),
      });
      return info.response(200).json(read);
    }),
  );
}
