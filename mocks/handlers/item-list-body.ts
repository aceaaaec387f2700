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
 * A table's rows laid out as bytes (`row,row,…,`) with where each row starts, so a page of
 * consecutive rows is a slice of them, written as it is (no copy, so no allocation per page: on
 * Node 24 the external memory of a copy per page made collections the largest cost), and the
 * table's rows need no bytes of their own.
 *
 * The layout keeps the row objects it was made from and serves a page only while every row of it
 * is still the same object (stored rows are replaced, never changed, so an update or a replaced
 * table shows); other pages are built row by row. It is laid out in blocks of
 * {@link LAYOUT_BLOCK_ROWS} rows, each when a page first reaches it, so no page waits for a whole
 * table (100,000 customers took 0.3 s at once). Its blocks hold at most {@link LAYOUT_MAX_BYTES}
 * (or the bound it was made with): rows of a block that would pass it are served row by row, so the
 * layout never adds more than that to what the table holds.
 */
export interface Layout {
  rows: readonly object[];
  /** Block k holds rows k·{@link LAYOUT_BLOCK_ROWS} onwards: not laid out yet, laid out, or `null` (over the bound). */
  blocks: (LayoutBlock | null | undefined)[];
  maxBytes: number;
  /** The bytes of its blocks so far. */
  laidBytes: number;
}

export interface LayoutBlock {
  bytes: Buffer;
  /** `offsets[i]`: where the block's row i starts in `bytes`; the last entry: the end. */
  offsets: Float64Array;
}

/** About 190,000 rows of the sample customers (100,000 take 35 MB). */
export const LAYOUT_MAX_BYTES = 64 * 1024 * 1024;
/** A few milliseconds of JSON.stringify per block of sample customers. */
export const LAYOUT_BLOCK_ROWS = 2048;
const layouts = new WeakMap<readonly object[], Layout>();

/** The layout of a table's stored rows, made on first use with no block laid out yet. */
export function layoutOf(stored: readonly object[], maxBytes = LAYOUT_MAX_BYTES): Layout {
  let layout = layouts.get(stored);
  if (layout === undefined) {
    layout = { rows: stored.slice(), blocks: new Array(Math.ceil(stored.length / LAYOUT_BLOCK_ROWS)), maxBytes, laidBytes: 0 };
    layouts.set(stored, layout);
  }
  return layout;
}

/** Block k of a layout, laid out now if no page reached it before; `null` when it would pass the bound. */
export function blockOf(layout: Layout, k: number): LayoutBlock | null {
  const known = layout.blocks[k];
  if (known !== undefined) return known;
  const first = k * LAYOUT_BLOCK_ROWS;
  const count = Math.min(LAYOUT_BLOCK_ROWS, layout.rows.length - first);
  const texts = new Array<string>(count);
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) {
    texts[i] = `${JSON.stringify(layout.rows[first + i])},`;
    offsets[i + 1] = offsets[i]! + Buffer.byteLength(texts[i]!);
  }
  // Over the bound: remembered as `null`, so these rows are not serialized again on every page.
  if (layout.laidBytes + offsets[count]! > layout.maxBytes) return (layout.blocks[k] = null);
  const bytes = Buffer.allocUnsafeSlow(offsets[count]!);
  for (let i = 0; i < count; i++) bytes.write(texts[i]!, offsets[i]!);
  layout.laidBytes += bytes.length;
  return (layout.blocks[k] = { bytes, offsets });
}

/**
 * The page as slices of the layout's blocks between `{"value":[` and `]}` (written as they are, not
 * copied: the layout's bytes never change), or `undefined` when the layout does not hold these rows
 * as they are.
 */
function fromLayout(rows: readonly object[], range: NonNullable<ItemListOptions['range']>, maxBytes: number | undefined): readonly Buffer[] | undefined {
  if (rows.length === 0) return undefined;
  const layout = layoutOf(range.stored);
  const end = range.start + rows.length;
  if (end > layout.rows.length) return undefined;
  for (let i = 0; i < rows.length; i++) if (layout.rows[range.start + i] !== rows[i]) return undefined;
  const chunks: Buffer[] = [OPEN];
  let length = OPEN.length + CLOSE.length - 1;
  for (let k = Math.floor(range.start / LAYOUT_BLOCK_ROWS); k * LAYOUT_BLOCK_ROWS < end; k++) {
    const block = blockOf(layout, k);
    if (block === null) return undefined;
    const first = k * LAYOUT_BLOCK_ROWS;
    const from = block.offsets[Math.max(range.start - first, 0)]!;
    const to = block.offsets[Math.min(end - first, block.offsets.length - 1)]!;
    chunks.push(block.bytes.subarray(from, to));
    length += to - from;
  }
  if (maxBytes !== undefined && length > maxBytes) return undefined; // the row-by-row path says how many fit
  // Up to the last row's comma, whose place `]}` takes.
  const last = chunks[chunks.length - 1]!;
  chunks[chunks.length - 1] = last.subarray(0, last.length - 1);
  chunks.push(CLOSE);
  return chunks;
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
