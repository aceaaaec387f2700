import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/fullrefreshcompleted: scheduled full refreshes only. */
export function OnFullRefreshCompleted(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/fullrefreshcompleted', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'fullrefreshcompleted', () => ({}));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
