import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { numberParam, requiredParam, subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/measurethresholdcrossed?measure&threshold (a number). */
export function OnMeasureThresholdCrossed(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/measurethresholdcrossed', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'measurethresholdcrossed', (query) => ({
        measure: requiredParam(query, 'measure'),
        threshold: numberParam(query, 'threshold', false),
      }));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
