/**
 * The `{ "value": [...] }` body of a Get items answer, byte for byte what `JSON.stringify` gives,
 * built from each row's JSON text kept beside the row. Stored rows are never changed in place (an
 * update stores a new object), so a row's text cannot go stale; a page of 100 rows then costs a
 * join instead of serializing ~35 KB, which was the largest share of a served page's time
 * (bench/serve.bench.ts). Projected rows (`$select`) are fresh objects each time and not kept.
 */
const rowText = new WeakMap<object, string>();

export function itemListBody(rows: readonly object[], options: { rowsAreStored: boolean }): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let text = options.rowsAreStored ? rowText.get(row) : undefined;
    if (text === undefined) {
      text = JSON.stringify(row);
      if (options.rowsAreStored) rowText.set(row, text);
    }
    parts[i] = text;
  }
  return `{"value":[${parts.join(',')}]}`;
}

export function itemListResponse(rows: readonly object[], options: { rowsAreStored: boolean }): Response {
  const body = itemListBody(rows, options);
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
  });
}
