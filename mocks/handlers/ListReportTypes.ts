import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { lookupChoices } from './lookups.js';

/** GET /datasets/{dataset}/lookups/reporttypes: a picker. */
export function ListReportTypes(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/reporttypes', (info) =>
    guarded(ctx, info, () => info.response(200).json({ value: lookupChoices.reportTypes(ctx.store.instance(info.params.dataset)) })),
  );
}
