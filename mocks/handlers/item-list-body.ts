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
}

/**
 * Page bodies are carved from shared slabs, as Node's own pool does for small buffers: one
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

export function itemListBody(rows: readonly object[], options: ItemListOptions): Buffer {
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
  return body;
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
