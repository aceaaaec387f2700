import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { lookupChoices } from './lookups.js';

/** GET /datasets/{dataset}/lookups/measures: a picker. */
export function ListMeasures(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/measures', (info) =>
    guarded(ctx, info, () => info.response(200).json({ value: lookupChoices.measures(ctx.store.instance(info.params.dataset)) })),
  );
}
