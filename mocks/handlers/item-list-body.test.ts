import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemListBody } from './item-list-body.js';

describe('itemListBody', () => {
  it('is byte for byte JSON.stringify({ value: rows })', () => {
    const row = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.boolean(), (rows, stored) => {
        expect(itemListBody(rows, { rowsAreStored: stored }).toString('utf8')).toBe(JSON.stringify({ value: rows }));
      }),
    );
  });

  it('serves a new row object with its new text, as updates store new objects', () => {
    const before = { CustomerId: 'c1', Tier: 'Silver' };
    expect(itemListBody([before], { rowsAreStored: true }).toString('utf8')).toContain('Silver');
    const after = { ...before, Tier: 'Gold' };
    expect(itemListBody([after], { rowsAreStored: true }).toString('utf8')).toBe('{"value":[{"CustomerId":"c1","Tier":"Gold"}]}');
  });

  it('gives every body its own bytes, across slabs, and large bodies an allocation of their own', () => {
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: i, tag }));
    const first = itemListBody(rows(3, 'first'), { rowsAreStored: false });
    // Enough pages to fill several 4 MiB slabs.
    for (let i = 0; i < 400; i++) itemListBody(rows(300, `p${i}`), { rowsAreStored: false });
    const large = itemListBody(rows(20_000, 'large'), { rowsAreStored: false });
    expect(first.toString()).toBe(JSON.stringify({ value: rows(3, 'first') }));
    expect(large.toString()).toBe(JSON.stringify({ value: rows(20_000, 'large') }));
  });
});
