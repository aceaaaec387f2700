import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/datasourcerefreshfailed: any data source of the instance. */
export function OnDataSourceRefreshFailed(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/datasourcerefreshfailed', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'datasourcerefreshfailed', () => ({}));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
