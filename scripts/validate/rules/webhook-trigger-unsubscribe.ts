import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';
import { isWebhookTrigger } from '../webhooks.js';

const messages = {
  noDelete: (name: string) => `Webhook trigger ${name} has no DELETE operation to unsubscribe with; add one (usually internal) at the path the Location header points to.`,
};

/**
 * The platform unsubscribes by calling DELETE on the subscription's Location; the swagger must define
 * that DELETE so it goes through the connector (with the connection's credentials).
 */
const rule = defineRule({
  id: 'webhook-trigger-unsubscribe',
  description: 'A connector with webhook triggers defines a DELETE operation to unsubscribe.',
  docs: ruleDocs('webhook-trigger-unsubscribe'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    if (!isWebhookTrigger(entry) || ctx.operations.some((e) => e.method === 'delete')) return undefined;
    return { pointer: pointer(entry.at), message: messages.noDelete(entry.operationId ?? entry.path) };
  }),
});
export default rule;
