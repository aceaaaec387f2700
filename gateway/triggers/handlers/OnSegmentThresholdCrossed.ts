import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { numberParam, requiredParam, subscribe, triggerCall, type SubscribeContext } from '../subscribe.js';

/** POST /datasets/{dataset}/subscriptions/segmentthresholdcrossed?segment&threshold (an integer). */
export function OnSegmentThresholdCrossed(ctx: SubscribeContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/segmentthresholdcrossed', (info) =>
    triggerCall(info, async () => {
      const location = await subscribe(ctx, info.request, info.params.dataset, 'segmentthresholdcrossed', (query) => ({
        segment: requiredParam(query, 'segment'),
        threshold: numberParam(query, 'threshold', true),
      }));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
