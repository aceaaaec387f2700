import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { subscribe } from './subscribe.js';
import { booleanParam } from './subscription-request.js';

/** POST /datasets/{dataset}/subscriptions/processcompleted?process&includingManualRefreshes (both optional). */
export function OnProcessCompleted(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/processcompleted', (info) =>
    guarded(ctx, info, async (call) => {
      const location = await subscribe(ctx, info.request, call, info.params.dataset, 'processcompleted', (instance, query) => {
        const process = query.get('process');
        const manual = booleanParam(query, 'includingManualRefreshes');
        return {
          ...(process !== null && process.trim() !== '' ? { process: instance.process(process.trim()).Name } : {}),
          ...(manual !== undefined ? { includingManualRefreshes: manual } : {}),
        };
      });
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
