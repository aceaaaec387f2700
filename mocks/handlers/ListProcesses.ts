import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { lookupChoices } from './lookups.js';

/** GET /datasets/{dataset}/lookups/processes: a picker. */
export function ListProcesses(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/processes', (info) =>
    guarded(ctx, info, () => info.response(200).json({ value: lookupChoices.processes(ctx.store.instance(info.params.dataset)) })),
  );
}
