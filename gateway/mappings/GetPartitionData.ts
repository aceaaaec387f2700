import type { HttpHandler } from 'msw';
import { ApiError } from '../../mocks/index.js';
import { entityMetadata, http, mapped, type MappingContext } from './context.js';
import { countOption } from './odata-options.js';
import { defaultPartitionRead, MAX_PARTITION_READ_BYTES, parseRecords, partitionUrl, readRange, typedValue } from './partition-file.js';
import { partitionName } from './partition-tables.js';

/**
 * GET /datasets/{dataset}/tables/{table}/partitiondata → the partition's `location` from
 * `GET /manage/entities/{table}`, read as a byte range (`offsetStart`, `maxSize`) and parsed into at
 * most `maxResults` rows named by the entity's attributes. Only locations the metadata names are
 * read, only from `partitionHosts`, and without the caller's token. When the data lake wants its own
 * credentials (the REST API hands out none), or cannot be reached, the answer is 501 saying so.
 */
export function GetPartitionData(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/partitiondata', (info) =>
    mapped(ctx, info, async (call) => {
      const { dataset, table } = info.params;
      const reference = call.query.get('partitionUri')?.trim();
      if (!reference) throw new ApiError(400, 'MissingParameter', "The query parameter 'partitionUri' is required");
      const offsetStart = countOption(call.query, 'offsetStart') ?? 0;
      const maxSize = Math.min(countOption(call.query, 'maxSize') ?? defaultPartitionRead.maxSize, MAX_PARTITION_READ_BYTES);
      const maxResults = countOption(call.query, 'maxResults') ?? defaultPartitionRead.maxResults;

      const entity = await entityMetadata(ctx, call, dataset, table, true);
      const index = entity.partitions.findIndex((p, i) => partitionName(p, i) === reference || p.location === reference);
      const partition = entity.partitions[index];
      if (!partition) throw new ApiError(404, 'PartitionNotFound', `No partition '${reference.slice(0, 200)}' in entity '${table}'; use a Name or location from Retrieve partitions`);
      if (!partition.location) throw new ApiError(501, 'NotImplemented', `Reading partition data is not available through the gateway: the metadata of partition '${reference}' gives no location`);

      const rawSelect = call.query.get('select');
      const select = rawSelect && rawSelect.trim() !== '' ? rawSelect.split(',').map((c) => c.trim()) : undefined;
      const unknown = select?.filter((c) => !entity.attributes.some((a) => a.name === c)) ?? [];
      if (unknown.length > 0) throw new ApiError(400, 'InvalidParameter', `select names unknown column(s) ${unknown.map((c) => `'${c}'`).join(', ')} of entity '${table}'`);

      const url = partitionUrl(partition.location, ctx.partitionHosts);
      if (maxSize === 0 || maxResults === 0) return info.response(200).json({ OffsetStart: offsetStart, OffsetEnd: offsetStart, Size: 0, Items: [] });
      const range = await readRange(ctx.fetch ?? globalThis.fetch, url, offsetStart, maxSize);
      const parsed = parseRecords(range.bytes, range.atEnd, maxResults + (offsetStart === 0 && partition.hasHeader ? 1 : 0));
      const records = offsetStart === 0 && partition.hasHeader ? parsed.records.slice(1) : parsed.records;
      const Items = records.map((record) => {
        const item: Record<string, unknown> = {};
        entity.attributes.forEach((attribute, i) => {
          const value = record[i];
          if (value === null || value === undefined) return;
          if (select && !select.includes(attribute.name)) return;
          item[attribute.name] = typedValue(value, attribute);
        });
        return item;
      });
      if (Items.length === 0 && !range.atEnd && range.bytes.length > 0) {
        throw new ApiError(400, 'RecordTooLarge', `The record at offset ${offsetStart} is longer than maxSize (${maxSize} bytes); read again with a larger maxSize`);
      }
      return info.response(200).json({ OffsetStart: offsetStart, OffsetEnd: offsetStart + parsed.consumed, Size: Items.length, Items });
    }),
  );
}

