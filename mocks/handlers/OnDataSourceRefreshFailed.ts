import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { subscribe } from './subscribe.js';

/** POST /datasets/{dataset}/subscriptions/datasourcerefreshfailed: webhook subscription, 201 + Location. */
export function OnDataSourceRefreshFailed(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/datasourcerefreshfailed', (info) =>
    guarded(ctx, info, async (call) => {
      const location = await subscribe(ctx, info.request, call, info.params.dataset, 'datasourcerefreshfailed');
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
