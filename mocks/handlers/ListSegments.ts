import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { lookupChoices } from './lookups.js';

/** GET /datasets/{dataset}/lookups/segments: a picker. */
export function ListSegments(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/segments', (info) =>
    guarded(ctx, info, () => info.response(200).json({ value: lookupChoices.segments(ctx.store.instance(info.params.dataset)) })),
  );
}
