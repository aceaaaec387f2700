/**
 * The `{ "value": [...] }` body of a Get items answer, byte for byte what `JSON.stringify` gives,
 * built from each row's JSON text kept beside the row. Stored rows are never changed in place (an
 * update stores a new object), so a row's text cannot go stale; a page of 100 rows then costs a
 * join instead of serializing ~35 KB, which was the largest share of a served page's time
 * (bench/serve.bench.ts). Projected rows (`$select`) are fresh objects each time and not kept.
 */
import { ApiError } from '../store/errors.js';

const rowText = new WeakMap<object, string>();

export interface ItemListOptions {
  rowsAreStored: boolean;
  /** Refuse (400 `ResponseTooLarge`) once the body would pass this many characters, before building it. */
  maxBytes?: number;
}

export function itemListBody(rows: readonly object[], options: ItemListOptions): string {
  const parts = new Array<string>(rows.length);
  let length = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let text = options.rowsAreStored ? rowText.get(row) : undefined;
    if (text === undefined) {
      text = JSON.stringify(row);
      if (options.rowsAreStored) rowText.set(row, text);
    }
    length += text.length + 1;
    // Characters bound bytes from below; the exact byte count is checked once the body is whole.
    if (options.maxBytes !== undefined && length > options.maxBytes) throw responseTooLarge(options.maxBytes, i);
    parts[i] = text;
  }
  const body = `{"value":[${parts.join(',')}]}`;
  if (options.maxBytes !== undefined && Buffer.byteLength(body) > options.maxBytes) throw responseTooLarge(options.maxBytes, rows.length);
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
  const body = itemListBody(rows, options);
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
  });
}
