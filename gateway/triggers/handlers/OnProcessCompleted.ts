import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { booleanParam } from '../../../mocks/index.js';
import { optionalParam, subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/processcompleted?process&includingManualRefreshes (both optional). */
export function OnProcessCompleted(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/processcompleted', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'processcompleted', (query) => {
        const process = optionalParam(query, 'process');
        const manual = booleanParam(query, 'includingManualRefreshes');
        return { ...(process !== undefined ? { process } : {}), ...(manual !== undefined ? { includingManualRefreshes: manual } : {}) };
      });
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
