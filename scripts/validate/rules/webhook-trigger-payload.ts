import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';
import { isWebhookTrigger } from '../webhooks.js';

const messages = {
  noPayload: (trigger: string) => `Webhook trigger ${trigger} has no x-ms-notification-content schema on its path item, so it has no outputs.`,
  payloadOnOperation: (trigger: string) =>
    `Webhook trigger ${trigger} has no x-ms-notification-content schema on its path item (it is on the operation; move it to the path item), so it has no outputs.`,
};

/** A webhook trigger's outputs are what the backend posts to the callback: x-ms-notification-content on the path item. */
const rule = defineRule({
  id: 'webhook-trigger-payload',
  description: "A webhook trigger's path item has x-ms-notification-content with the payload schema.",
  docs: ruleDocs('webhook-trigger-payload'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    if (!isWebhookTrigger(e)) return [];
    const content = asObject(e.pathItem['x-ms-notification-content']);
    if (content?.schema !== undefined) return [];
    const trigger = e.operationId ?? e.path;
    const misplaced = e.operation['x-ms-notification-content'] !== undefined;
    return [{ pointer: pointer(['paths', e.path]), message: misplaced ? messages.payloadOnOperation(trigger) : messages.noPayload(trigger) }];
  }),
});
export default rule;
