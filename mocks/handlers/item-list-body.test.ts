import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockOf, itemListBody, LAYOUT_BLOCK_ROWS, layoutOf, type ItemListOptions } from './item-list-body.js';

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
    const block = blockOf(layoutOf(stored), 0)!;
    expect(chunks).toHaveLength(3);
    expect(chunks[1]!.buffer).toBe(block.bytes.buffer);
    expect(chunks[1]!.byteOffset).toBe(block.bytes.byteOffset + block.offsets[5]!);
  });

  it('lays out only the blocks pages reach, and pages across blocks are slices of each', () => {
    const stored = Array.from({ length: LAYOUT_BLOCK_ROWS * 2 + LAYOUT_BLOCK_ROWS / 2 }, (_, i) => ({ id: i, name: `n${i}` }));
    const page = (start: number, count: number) => itemListBody(stored.slice(start, start + count), { rowsAreStored: true, range: { stored, start } });
    const expected = (start: number, count: number) => JSON.stringify({ value: stored.slice(start, start + count) });
    const layout = layoutOf(stored);
    expect(Buffer.concat(page(0, 100)).toString()).toBe(expected(0, 100));
    expect(layout.blocks.map((block) => (block ? 'laid' : block))).toEqual(['laid', undefined, undefined]);
    expect(layout.laidBytes).toBe(layout.blocks[0]!.bytes.length);
    // Across the first boundary: [open, end of block 0, start of block 1, close].
    const across = page(LAYOUT_BLOCK_ROWS - 3, 10);
    expect(across).toHaveLength(4);
    expect(Buffer.concat(across).toString()).toBe(expected(LAYOUT_BLOCK_ROWS - 3, 10));
    for (const [start, count] of [[LAYOUT_BLOCK_ROWS - 1, 1], [LAYOUT_BLOCK_ROWS, 1], [LAYOUT_BLOCK_ROWS - 1, 2], [0, stored.length], [stored.length - 5, 5]] as const) {
      expect(Buffer.concat(page(start, count)).toString(), `${start}+${count}`).toBe(expected(start, count));
    }
    expect(layout.blocks.every((block) => block !== undefined && block !== null)).toBe(true);
  });

  it('refuses a page from the layout over the byte limit with the row-by-row count of what fits', () => {
    const stored = Array.from({ length: 10 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    expect(() => itemListBody(stored, { rowsAreStored: true, maxBytes: 500, range: { stored, start: 0 } })).toThrow(/about 4 of the requested items fit/);
  });

  it('lays out blocks only while the layout stays under its bound, remembers blocks that do not fit, and serves their rows row by row', () => {
    const stored = Array.from({ length: 100 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    const layout = layoutOf(stored, 1_000);
    expect(blockOf(layout, 0)).toBeNull();
    // Remembered: the block is not serialized again.
    expect(layout.blocks[0]).toBeNull();
    expect(layout.laidBytes).toBe(0);
    expect(text(stored.slice(0, 3), { rowsAreStored: true, range: { stored, start: 0 } })).toBe(JSON.stringify({ value: stored.slice(0, 3) }));
    const small = stored.slice(0, 5);
    expect(blockOf(layoutOf(small, 1_000_000), 0)?.bytes.toString()).toBe(small.map((row) => `${JSON.stringify(row)},`).join(''));

    // Room for one block of two: the second is served row by row, pages across both stay right.
    const rows = Array.from({ length: LAYOUT_BLOCK_ROWS * 2 }, (_, i) => ({ id: i }));
    const oneBlock = Buffer.byteLength(rows.slice(0, LAYOUT_BLOCK_ROWS).map((row) => `${JSON.stringify(row)},`).join(''));
    const bounded = layoutOf(rows, oneBlock + 10);
    const across = text(rows.slice(LAYOUT_BLOCK_ROWS - 2, LAYOUT_BLOCK_ROWS + 2), { rowsAreStored: true, range: { stored: rows, start: LAYOUT_BLOCK_ROWS - 2 } });
    expect(across).toBe(JSON.stringify({ value: rows.slice(LAYOUT_BLOCK_ROWS - 2, LAYOUT_BLOCK_ROWS + 2) }));
    expect([bounded.blocks[0] ? 'laid' : bounded.blocks[0], bounded.blocks[1]]).toEqual(['laid', null]);
    expect(bounded.laidBytes).toBe(oneBlock);
  });
});

