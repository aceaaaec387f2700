import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';

/** GET /datasets: the instance picker. */
export function ListInstances(ctx: HandlerContext): HttpHandler {
  return http.get('/datasets', (info) =>
    guarded(ctx, info, () =>
      info.response(200).json({
        value: [...ctx.store.instances.values()].map((i) => ({ Name: i.id, DisplayName: i.displayName })),
      }),
    ),
  );
}
