import type { HttpHandler } from 'msw';
import { notFound } from '../store/errors.js';
import { guarded, http, type HandlerContext } from './context.js';

/** DELETE /subscriptions/{subscriptionId}: what the platform calls on a subscription's Location. */
export function DeleteSubscription(ctx: HandlerContext): HttpHandler {
  return http.delete('/subscriptions/{subscriptionId}', (info) =>
    guarded(ctx, info, ({ connection }) => {
      // Another connection's subscription answers exactly like a missing one: 404, nothing removed.
      if (!ctx.store.subscriptions.remove(info.params.subscriptionId, connection)) {
        throw notFound('SubscriptionNotFound', `Subscription '${info.params.subscriptionId}' not found`);
      }
      return info.response(200).empty();
    }),
  );
}
