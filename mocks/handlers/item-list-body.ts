/**
 * The `{ "value": [...] }` body of a Get items answer, byte for byte the UTF-8 of what
 * `JSON.stringify` gives, built from each row's encoded JSON kept beside the row. Stored rows are
 * never changed in place (an update stores a new object), so a row's bytes cannot go stale; a page
 * of 100 rows then costs one copy of ~35 KB instead of serializing and encoding it, which was the
 * largest share of a served page's time (bench/serve.bench.ts). Projected rows (`$select`) are
 * fresh objects each time and not kept.
 */
import { bodyResponse } from '../../scripts/http/direct-response.js';
import { ApiError } from '../store/errors.js';

/** Each stored row's JSON followed by a comma: one copy per row, the last comma overwritten by `]`. */
const rowBytes = new WeakMap<object, Buffer>();

const OPEN = Buffer.from('{"value":[');
const CLOSE = Buffer.from(']}');

export interface ItemListOptions {
  rowsAreStored: boolean;
  /** Refuse (400 `ResponseTooLarge`) once the body would pass this many bytes, before building it. */
  maxBytes?: number;
  /**
   * The rows are `stored[start]`, `stored[start + 1]`, … of a table's stored rows, unprojected (a
   * page of an unfiltered Get items): the body can then be one slice of the table's laid-out bytes.
   */
  range?: { stored: readonly object[]; start: number };
}

/**
 * A table's rows laid out once as one run of bytes (`row,row,…,`) with where each row starts, so a
 * page of consecutive rows is a slice of it, written as it is (no copy, so no allocation per page:
 * on Node 24 the external memory of a copy per page made collections the largest cost), and the
 * table's rows need no bytes of their own. The layout keeps the row objects it was made from and serves a page only while
 * every row of it is still the same object (stored rows are replaced, never changed, so an update
 * or a replaced table shows); other pages are built row by row. It is made on the first page asked
 * of a table, and only while the table's bytes stay under {@link LAYOUT_MAX_BYTES}: a larger table
 * is served row by row, so the layout never more than adds this much to what the table holds.
 */
export interface Layout {
  rows: readonly object[];
  bytes: Buffer;
  /** `offsets[i]`: where row i starts; `offsets[rows.length]`: the end. */
  offsets: Float64Array;
}

/** About 190,000 rows of the sample customers (100,000 take 35 MB). */
export const LAYOUT_MAX_BYTES = 64 * 1024 * 1024;
const layouts = new WeakMap<readonly object[], Layout | null>();

/** The layout of a table's stored rows (made on first use), or `null` when its bytes would pass `maxBytes`. */
export function layoutOf(stored: readonly object[], maxBytes = LAYOUT_MAX_BYTES): Layout | null {
  let layout = layouts.get(stored);
  if (layout !== undefined) return layout;
  const rows = stored.slice();
  const texts = new Array<string>(rows.length);
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) {
    texts[i] = `${JSON.stringify(rows[i])},`;
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(texts[i]!);
    // Over the bound: remembered as "no layout", so the table is not serialized again on every page.
    if (offsets[i + 1]! > maxBytes) {
      layouts.set(stored, null);
      return null;
    }
  }
  const bytes = Buffer.allocUnsafeSlow(offsets[rows.length]!);
  for (let i = 0; i < texts.length; i++) bytes.write(texts[i]!, offsets[i]!);
  layout = { rows, bytes, offsets };
  layouts.set(stored, layout);
  return layout;
}

/**
 * The page as one slice of the layout between `{"value":[` and `]}` (written as they are, not
 * copied: the layout's bytes never change), or `undefined` when the layout does not hold these rows
 * as they are.
 */
function fromLayout(rows: readonly object[], range: NonNullable<ItemListOptions['range']>, maxBytes: number | undefined): readonly Buffer[] | undefined {
  if (rows.length === 0) return undefined;
  const layout = layoutOf(range.stored);
  if (!layout || range.start + rows.length > layout.rows.length) return undefined;
  for (let i = 0; i < rows.length; i++) if (layout.rows[range.start + i] !== rows[i]) return undefined;
  const from = layout.offsets[range.start]!;
  const to = layout.offsets[range.start + rows.length]!;
  const length = OPEN.length + (to - from) - 1 + CLOSE.length;
  if (maxBytes !== undefined && length > maxBytes) return undefined; // the row-by-row path says how many fit
  // Up to the last row's comma, whose place `]}` takes.
  return [OPEN, layout.bytes.subarray(from, to - 1), CLOSE];
}

/**
 * Bodies built row by row are carved from shared slabs, as Node's own pool does for small buffers: one
 * allocation per few dozen pages instead of one per page. A fresh ArrayBuffer per answer was a large
 * share of a page's time on Node 24 (allocation and the collections external memory triggers).
 * Each carved range is written whole and never handed out twice, so no answer can show another's bytes.
 */
const SLAB_BYTES = 4 * 1024 * 1024;
let slab = Buffer.allocUnsafeSlow(0);
let slabUsed = 0;

function allocate(size: number): Buffer {
  if (size > SLAB_BYTES / 8) return Buffer.allocUnsafeSlow(size);
  if (slabUsed + size > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    slabUsed = 0;
  }
  const carved = slab.subarray(slabUsed, slabUsed + size);
  // Keep the next range 8-byte aligned, as typed-array views of it may need.
  slabUsed += (size + 7) & ~7;
  return carved;
}

/** The body, as the buffers it is written as in order (one, or three for a page of the layout). */
export function itemListBody(rows: readonly object[], options: ItemListOptions): readonly Buffer[] {
  const laid = options.range && options.rowsAreStored ? fromLayout(rows, options.range, options.maxBytes) : undefined;
  if (laid) return laid;
  const parts = new Array<Buffer>(rows.length);
  // Every row brings its comma; the last one's place is taken by the closing bracket.
  let length = OPEN.length + CLOSE.length - (rows.length > 0 ? 1 : 0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let bytes = options.rowsAreStored ? rowBytes.get(row) : undefined;
    if (bytes === undefined) {
      bytes = Buffer.from(`${JSON.stringify(row)},`);
      if (options.rowsAreStored) rowBytes.set(row, bytes);
    }
    length += bytes.length;
    if (options.maxBytes !== undefined && length > options.maxBytes) throw responseTooLarge(options.maxBytes, i);
    parts[i] = bytes;
  }
  const body = allocate(length);
  body.set(OPEN, 0);
  let at = OPEN.length;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  // Over the last row's comma, or right after `[` when there are none.
  body.set(CLOSE, rows.length > 0 ? at - 1 : at);
  return [body];
}

function responseTooLarge(maxBytes: number, fitted: number): ApiError {
  return new ApiError(
    400,
    'ResponseTooLarge',
    `The answer would exceed the limit of ${maxBytes} bytes (about ${fitted} of the requested items fit); ask for fewer items with $top or fewer fields with $select`,
  );
}

export function itemListResponse(rows: readonly object[], options: ItemListOptions): Response {
  return bodyResponse(itemListBody(rows, options), { status: 200 }, 'application/json');
}
