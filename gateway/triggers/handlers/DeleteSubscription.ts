import type { HttpHandler } from 'msw';
import { http } from '../../mappings/context.js';
import { triggerCall, unsubscribe, type SubscribeContext } from '../subscribe.js';

/** DELETE /subscriptions/{subscriptionId}: what the platform calls on a subscription's Location. */
export function DeleteSubscription(ctx: SubscribeContext): HttpHandler {
  return http.delete('/subscriptions/{subscriptionId}', (info) =>
    triggerCall(info, async () => {
      await unsubscribe(ctx, info.request, info.params.subscriptionId);
      return info.response(200).empty();
    }),
  );
}
