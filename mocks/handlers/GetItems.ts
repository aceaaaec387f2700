import type { HttpHandler } from 'msw';
import { parseCount, parseSelect } from '../odata/index.js';
import { guarded, http, type HandlerContext } from './context.js';
import { itemListResponse } from './item-list-body.js';

/** GET /datasets/{dataset}/tables/{table}/items with $filter, $select, $top, $skip. */
export function GetItems(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/items', (info) =>
    guarded(ctx, info, ({ query }) => {
      const table = ctx.store.instance(info.params.dataset).table(info.params.table);
      table.assertRetrievable();
      const top = parseCount('$top', query.get('$top'));
      const skip = parseCount('$skip', query.get('$skip'));
      const select = parseSelect(query.get('$select'), table.name, table.attributes.keys());
      const filter = query.get('$filter') ?? undefined;
      const value = table.query({ filter, select, top, skip });
      // Same bytes as response(200).json({ value }); the contract tests check the answer's schema.
      // An unfiltered, unprojected page is rows skip, skip + 1, … of the table, which the body can take in one piece.
      const range = filter === undefined && select === undefined ? { stored: table.all(), start: skip ?? 0 } : undefined;
      return info.response.untyped(itemListResponse(value, { rowsAreStored: select === undefined, maxBytes: ctx.store.limits.maxResponseBytes, ...(range ? { range } : {}) }));
    }),
  );
}
