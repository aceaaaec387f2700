import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/datasourcerefreshcompleted: any data source of the instance. */
export function OnDataSourceRefreshCompleted(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/datasourcerefreshcompleted', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'datasourcerefreshcompleted', () => ({}));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
