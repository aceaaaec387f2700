/**
 * Partitions of an entity: its rows written as headerless CSV files, as Customer Insights stores
 * entities in the data lake. "Retrieve data from a partition" reads them by byte offset, so a
 * caller can resume at the previous `OffsetEnd`; a read never splits a row.
 */
import { badRequest } from './errors.js';
import { csvHeader, csvRow, fromCsv, parseCsvRecord } from './csv.js';
import type { AttributeDefinition, ItemRow } from './model.js';

export interface Partition {
  /** Unique within the entity; accepted as `partitionUri`, like the location. */
  name: string;
  displayName: string;
  /** Absolute URI of the CSV file (synthetic host). */
  location: string;
  refreshTime: string;
  rowCount: number;
  content: Buffer;
  /** Byte offset where each row starts, plus the content length at the end. */
  rowStarts: number[];
}

export interface PartitionReadOptions {
  select?: string[];
  offsetStart?: number;
  maxSize?: number;
  maxResults?: number;
}

export interface PartitionRead {
  OffsetStart: number;
  OffsetEnd: number;
  Size: number;
  Items: Record<string, unknown>[];
}

/** Reads of at most this many bytes / rows unless the caller asks for less. */
export const defaultPartitionRead = { maxSize: 1024 * 1024, maxResults: 1000 } as const;

/** How many rows go in one partition: small entities get one file, large ones at most 16. */
export function rowsPerPartition(rowCount: number): number {
  const files = Math.min(16, Math.max(1, Math.ceil(rowCount / 100)));
  return Math.max(1, Math.ceil(rowCount / files));
}

export function buildPartitions(options: {
  instanceId: string;
  entity: string;
  attributes: readonly AttributeDefinition[];
  rows: readonly ItemRow[];
  refreshTime: string;
}): Partition[] {
  const { instanceId, entity, attributes, rows, refreshTime } = options;
  const perFile = rowsPerPartition(rows.length);
  const files = Math.max(1, Math.ceil(rows.length / perFile));
  const partitions: Partition[] = [];
  for (let f = 0; f < files; f++) {
    const slice = rows.slice(f * perFile, (f + 1) * perFile);
    const chunks: Buffer[] = [];
    const rowStarts: number[] = [];
    let offset = 0;
    for (const row of slice) {
      const bytes = Buffer.from(csvRow(attributes, row), 'utf8');
      rowStarts.push(offset);
      chunks.push(bytes);
      offset += bytes.length;
    }
    rowStarts.push(offset);
    const number = String(f + 1).padStart(5, '0');
    partitions.push({
      name: `${entity}-part-${number}`,
      displayName: `${entity} part ${f + 1} of ${files}`,
      location: `https://storage.example.com/customerinsights/${instanceId}/${encodeURIComponent(entity)}/part-${number}.csv`,
      refreshTime,
      rowCount: slice.length,
      content: Buffer.concat(chunks, offset),
      rowStarts,
    });
  }
  return partitions;
}

export { csvHeader };

function firstRowAtOrAfter(rowStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = rowStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rowStarts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readPartition(partition: Partition, attributes: readonly AttributeDefinition[], options: PartitionReadOptions): PartitionRead {
  const offsetStart = options.offsetStart ?? 0;
  const maxSize = options.maxSize ?? defaultPartitionRead.maxSize;
  const maxResults = options.maxResults ?? defaultPartitionRead.maxResults;
  const size = partition.content.length;
  if (offsetStart > size) {
    throw badRequest('InvalidOffset', `offsetStart ${offsetStart} is past the end of partition '${partition.name}' (${size} bytes)`);
  }
  const first = firstRowAtOrAfter(partition.rowStarts, offsetStart);
  if (partition.rowStarts[first] !== offsetStart) {
    throw badRequest(
      'InvalidOffset',
      `offsetStart ${offsetStart} is not at the start of a row in partition '${partition.name}'; resume from a previous OffsetEnd`,
    );
  }
  if (maxSize < 1) throw badRequest('InvalidQuery', 'maxSize must be at least 1');
  if (maxResults < 1) throw badRequest('InvalidQuery', 'maxResults must be at least 1');

  const lastRow = partition.rowStarts.length - 1;
  let end = first;
  while (end < lastRow && end - first < maxResults && partition.rowStarts[end + 1]! - offsetStart <= maxSize) end++;
  if (end === first && first < lastRow) {
    const rowBytes = partition.rowStarts[first + 1]! - offsetStart;
    throw badRequest('InvalidQuery', `maxSize ${maxSize} is smaller than the next row (${rowBytes} bytes); rows are never split`);
  }

  const columns = attributes.map((attribute, index) => ({ attribute, index }));
  const wanted = options.select ? columns.filter((c) => options.select!.includes(c.attribute.name)) : columns;
  const items: Record<string, unknown>[] = [];
  for (let r = first; r < end; r++) {
    // Slice the record without its '\n'.
    const record = partition.content.toString('utf8', partition.rowStarts[r]!, partition.rowStarts[r + 1]! - 1);
    const fields = parseCsvRecord(record);
    const item: Record<string, unknown> = {};
    for (const { attribute, index } of wanted) {
      const text = fields[index];
      if (text !== null && text !== undefined) item[attribute.name] = fromCsv(attribute, text);
    }
    items.push(item);
  }
  return { OffsetStart: offsetStart, OffsetEnd: partition.rowStarts[end]!, Size: items.length, Items: items };
}
