import type { HttpHandler } from 'msw';
import { badRequest } from '../store/errors.js';
import { guarded, http, requiredParam, type HandlerContext } from './context.js';
import { numberParam, subscribe } from './subscribe.js';

/** POST /datasets/{dataset}/subscriptions/measurethresholdcrossed?measure&threshold. */
export function OnMeasureThresholdCrossed(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/subscriptions/measurethresholdcrossed', (info) =>
    guarded(ctx, info, async (call) => {
      const location = await subscribe(ctx, info.request, call, info.params.dataset, 'measurethresholdcrossed', (instance, query) => {
        const measure = instance.measure(requiredParam(query, 'measure'));
        if (measure.dimensions.length > 0) {
          throw badRequest(
            'MeasureHasDimensions',
            `Measure '${measure.name}' has dimensions (${measure.dimensions.join(', ')}); the threshold trigger supports only measures without dimensions`,
          );
        }
        return { measure: measure.name, threshold: numberParam(query, 'threshold', false) };
      });
      return info.response(201).empty({ headers: { Location: location } });
    }),
  );
}
