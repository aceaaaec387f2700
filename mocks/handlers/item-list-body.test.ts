import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemListBody, layoutOf, type ItemListOptions } from './item-list-body.js';

/** The body as text, whatever buffers it is written as. */
const text = (rows: readonly object[], options: ItemListOptions) => Buffer.concat(itemListBody(rows, options)).toString('utf8');

describe('itemListBody', () => {
  it('is byte for byte JSON.stringify({ value: rows })', () => {
    const row = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.boolean(), (rows, stored) => {
        expect(text(rows, { rowsAreStored: stored })).toBe(JSON.stringify({ value: rows }));
      }),
    );
  });

  it('serves a new row object with its new text, as updates store new objects', () => {
    const before = { CustomerId: 'c1', Tier: 'Silver' };
    expect(text([before], { rowsAreStored: true })).toContain('Silver');
    const after = { ...before, Tier: 'Gold' };
    expect(text([after], { rowsAreStored: true })).toBe('{"value":[{"CustomerId":"c1","Tier":"Gold"}]}');
  });

  it('gives every body its own bytes, across slabs, and large bodies an allocation of their own', () => {
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: i, tag }));
    const first = itemListBody(rows(3, 'first'), { rowsAreStored: false });
    // Enough pages to fill several 4 MiB slabs.
    for (let i = 0; i < 400; i++) itemListBody(rows(300, `p${i}`), { rowsAreStored: false });
    const large = itemListBody(rows(20_000, 'large'), { rowsAreStored: false });
    expect(Buffer.concat(first).toString()).toBe(JSON.stringify({ value: rows(3, 'first') }));
    expect(Buffer.concat(large).toString()).toBe(JSON.stringify({ value: rows(20_000, 'large') }));
  });

  it('answers a page of stored rows from the table’s layout, and stays right when rows are replaced or added', () => {
    const stored = Array.from({ length: 50 }, (_, i) => ({ id: i, name: `n${i}` }));
    const page = (start: number, count: number) => text(stored.slice(start, start + count), { rowsAreStored: true, range: { stored, start } });
    const expected = (start: number, count: number) => JSON.stringify({ value: stored.slice(start, start + count) });
    expect(page(10, 5)).toBe(expected(10, 5));
    expect(page(0, 50)).toBe(expected(0, 50));
    expect(page(49, 1)).toBe(expected(49, 1));
    expect(page(50, 0)).toBe(expected(50, 0));
    // An update stores a new object: the layout no longer holds that row as it is.
    stored[12] = { id: 12, name: 'changed' };
    expect(page(10, 5)).toBe(expected(10, 5));
    expect(page(10, 5)).toContain('changed');
    // Rows added after the layout was made.
    stored.push({ id: 50, name: 'new' });
    expect(page(45, 6)).toBe(expected(45, 6));
    // A range that does not match the rows is not trusted.
    expect(text(stored.slice(20, 22), { rowsAreStored: true, range: { stored, start: 0 } })).toBe(expected(20, 2));
  });

  it('writes a page of the layout as a view of its bytes, not a copy', () => {
    const stored = Array.from({ length: 20 }, (_, i) => ({ id: i }));
    const chunks = itemListBody(stored.slice(5, 10), { rowsAreStored: true, range: { stored, start: 5 } });
    const layout = layoutOf(stored)!;
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.buffer).toBe(layout.bytes.buffer);
    expect(chunks[1]!.byteOffset).toBe(layout.bytes.byteOffset + layout.offsets[5]!);
  });

  it('refuses a page from the layout over the byte limit with the row-by-row count of what fits', () => {
    const stored = Array.from({ length: 10 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    expect(() => itemListBody(stored, { rowsAreStored: true, maxBytes: 500, range: { stored, start: 0 } })).toThrow(/about 4 of the requested items fit/);
  });

  it('lays out a table only while its bytes stay under the bound, and remembers a table that does not fit', () => {
    const stored = Array.from({ length: 100 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    expect(layoutOf(stored, 1_000)).toBeNull();
    // Remembered: asked again with a larger bound, the same table is still not laid out.
    expect(layoutOf(stored, 1_000_000)).toBeNull();
    const small = stored.slice(0, 5);
    expect(layoutOf(small, 1_000_000)?.bytes.toString()).toBe(small.map((row) => `${JSON.stringify(row)},`).join(''));
    // A table without a layout is still served, row by row.
    expect(text(stored.slice(0, 3), { rowsAreStored: true, range: { stored, start: 0 } })).toBe(JSON.stringify({ value: stored.slice(0, 3) }));
  });
});

