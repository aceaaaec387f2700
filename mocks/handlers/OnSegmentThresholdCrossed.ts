import type { HttpHandler } from 'msw';
import { guarded, http, requiredParam, type HandlerContext } from './context.js';
import { numberParam, subscribe } from './subscribe.js';

/** POST /datasets/{dataset}/subscriptions/segmentthresholdcrossed?segment&threshold (an integer). */
export function OnSegmentThresholdCrossed(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/segmentthresholdcrossed', (info) =>
    guarded(ctx, info, async (call) => {
      const location = await subscribe(ctx, info.request, call, info.params.dataset, 'segmentthresholdcrossed', (instance, query) => ({
        segment: instance.segment(requiredParam(query, 'segment')).name,
        threshold: numberParam(query, 'threshold', true),
      }));
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
