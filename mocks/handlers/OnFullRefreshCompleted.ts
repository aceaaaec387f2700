import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { subscribe } from './subscribe.js';

/** POST /datasets/{dataset}/subscriptions/fullrefreshcompleted: webhook subscription, 201 + Location. */
export function OnFullRefreshCompleted(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/fullrefreshcompleted', (info) =>
    guarded(ctx, info, async (call) => {
      const location = await subscribe(ctx, info.request, call, info.params.dataset, 'fullrefreshcompleted');
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
