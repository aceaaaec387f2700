import type { HttpHandler } from 'msw';
import { gatewayLink, http, mapped, type MappingContext } from './context.js';
import { countOption, textOption } from './odata-options.js';
import { readRows } from './read-rows.js';

/**
 * GET /datasets/{dataset}/tables/{table}/items → `GET /instances/{id}/data/{table}` with `$filter`,
 * `$select`, `$top` and `$skip` passed through. Without `$top` ("all"), rows are read in pages of
 * 100 up to the ceilings in `limits`; when a ceiling stops the read the answer carries
 * `@odata.nextLink` to this operation at the next `$skip`, the link Power Automate's pagination follows.
 */
export function GetItems(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/tables/{table}/items', (info) =>
    mapped(ctx, info, async (call) => {
      const top = countOption(call.query, '$top');
      const skip = countOption(call.query, '$skip');
      const filter = textOption(call.query, '$filter');
      const select = textOption(call.query, '$select');
      const page = await readRows(ctx, call, info.params.dataset, info.params.table, {
        ...(filter !== undefined ? { filter } : {}),
        ...(select !== undefined ? { select } : {}),
        ...(top !== undefined ? { top } : {}),
        ...(skip !== undefined ? { skip } : {}),
      });
      const body: Record<string, unknown> = { value: page.rows };
      if (page.resumeAt !== undefined) {
        const next = new URL(call.url);
        next.searchParams.set('$skip', String(page.resumeAt));
        if (top !== undefined) next.searchParams.set('$top', String(top - page.rows.length));
        body['@odata.nextLink'] = gatewayLink(ctx, call, next.pathname + next.search);
      }
      return info.response(200).json(body as { value: Record<string, unknown>[] });
    }),
  );
}
