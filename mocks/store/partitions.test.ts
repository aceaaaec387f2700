import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ApiError } from './errors.js';
import { parseCsvRecord } from './csv.js';
import type { AttributeDefinition, ItemRow } from './model.js';
import { buildPartitions, csvHeader, readPartition, rowsPerPartition } from './partitions.js';

const attributes: AttributeDefinition[] = [
  { name: 'Id', displayName: 'Id', type: 'string' },
  { name: 'Note', displayName: 'Note', type: 'string' },
  { name: 'Points', displayName: 'Points', type: 'integer' },
  { name: 'Active', displayName: 'Active', type: 'boolean' },
];

function rows(count: number): ItemRow[] {
  return Array.from({ length: count }, (_, i) => ({
    Id: `id-${i}`,
    // Commas, quotes, newlines, non-ASCII and empty text all need care in CSV.
    ...(i % 5 === 0 ? {} : { Note: ['plain', 'a, b', 'say "hi"', 'two\nlines', 'Zoë 🚀', ''][i % 6]! }),
    Points: i * 7,
    Active: i % 2 === 0,
  }));
}

function partitionOf(count: number) {
  return buildPartitions({ instanceId: 'i', entity: 'E', attributes, rows: rows(count), refreshTime: '2026-01-01T00:00:00Z' })[0]!;
}

describe('partitions', () => {
  it('splits entities into at most 16 files and names them', () => {
    expect(rowsPerPartition(0)).toBe(1);
    expect(rowsPerPartition(250)).toBe(84);
    expect(rowsPerPartition(100_000)).toBe(6250);
    const parts = buildPartitions({ instanceId: 'inst', entity: 'E', attributes, rows: rows(250), refreshTime: 't' });
    expect(parts.map((p) => p.rowCount)).toEqual([84, 84, 82]);
    expect(parts[0]).toMatchObject({ name: 'E-part-00001', displayName: 'E part 1 of 3', location: 'https://storage.example.com/customerinsights/inst/E/part-00001.csv' });
    expect(csvHeader(attributes)).toBe('Id,Note,Points,Active');
  });

  it('round-trips values through CSV', () => {
    const partition = partitionOf(12);
    const read = readPartition(partition, attributes, {});
    expect(read.Items).toEqual(rows(12));
    expect(read).toMatchObject({ OffsetStart: 0, OffsetEnd: partition.content.length, Size: 12 });
    expect(parseCsvRecord('a,"b,""c""",,""')).toEqual(['a', 'b,"c"', null, '']);
  });

  it('honours select, maxResults and maxSize without splitting rows, and resumes at OffsetEnd', () => {
    const partition = partitionOf(30);
    const first = readPartition(partition, attributes, { maxResults: 4, select: ['Id', 'Active'] });
    expect(first.Items).toEqual(rows(4).map((r) => ({ Id: r['Id'], Active: r['Active'] })));
    const second = readPartition(partition, attributes, { offsetStart: first.OffsetEnd, maxSize: 40 });
    expect(second.OffsetStart).toBe(first.OffsetEnd);
    expect(second.OffsetEnd - second.OffsetStart).toBeLessThanOrEqual(40);
    expect(second.Items[0]!['Id']).toBe('id-4');
    expect(partition.rowStarts).toContain(second.OffsetEnd);
  });

  it('reads every row exactly once when paging with any limits (property)', () => {
    const partition = partitionOf(40);
    const longest = Math.max(...partition.rowStarts.slice(1).map((end, i) => end - partition.rowStarts[i]!));
    fc.assert(
      fc.property(fc.integer({ min: longest, max: 2_000 }), fc.integer({ min: 1, max: 50 }), (maxSize, maxResults) => {
        const seen: unknown[] = [];
        let offset = 0;
        for (;;) {
          const page = readPartition(partition, attributes, { offsetStart: offset, maxSize, maxResults });
          if (page.Size === 0) break;
          expect(page.Size).toBeLessThanOrEqual(maxResults);
          expect(page.OffsetEnd - page.OffsetStart).toBeLessThanOrEqual(maxSize);
          seen.push(...page.Items.map((i) => i['Id']));
          offset = page.OffsetEnd;
        }
        expect(offset).toBe(partition.content.length);
        expect(seen).toEqual(rows(40).map((r) => r['Id']));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses offsets inside a row or past the end, and limits that cannot fit a row', () => {
    const partition = partitionOf(5);
    const fail = (options: Parameters<typeof readPartition>[2]) => {
      try {
        readPartition(partition, attributes, options);
      } catch (error) {
        return error as ApiError;
      }
      throw new Error('expected an error');
    };
    expect(fail({ offsetStart: 1 }).message).toContain('not at the start of a row');
    expect(fail({ offsetStart: partition.content.length + 1 }).message).toContain('past the end');
    expect(fail({ maxSize: 3 }).message).toContain('maxSize 3 is smaller than the next row');
    expect(fail({ maxResults: 0 }).status).toBe(400);
    expect(readPartition(partition, attributes, { offsetStart: partition.content.length })).toMatchObject({ Size: 0, Items: [] });
  });
});
