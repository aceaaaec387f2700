import type { HttpHandler } from 'msw';
import { guarded, http, readJson, type HandlerContext } from './context.js';

/** POST /datasets/{dataset}/tables/{table}/items: 201 with a Location to the new item. */
export function CreateItem(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/tables/{table}/items', (info) =>
    guarded(ctx, info, async ({ url }) => {
      const instance = ctx.store.instance(info.params.dataset);
      const table = instance.table(info.params.table);
      const body = await readJson(ctx, info.request);
      const item = table.create(body);
      const key = encodeURIComponent(String(item[table.definition.key]));
      const location = `${url.origin}/datasets/${encodeURIComponent(instance.id)}/tables/${encodeURIComponent(table.name)}/items/${key}`;
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
