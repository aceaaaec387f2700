import { pointer } from '../context.js';
import { checkEach, everyWebhookCallback } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  noCallback: (name: string) => `Webhook trigger ${name} has no body property with "x-ms-notification-url": true, so the platform cannot give it a callback URL.`,
};

/**
 * The platform hands a webhook its callback URL through the body property marked
 * x-ms-notification-url; without one the trigger can never fire.
 */
const rule = defineRule({
  id: 'webhook-trigger-callback-url',
  description: 'A webhook trigger (x-ms-trigger: single, not a GET) has a body property with x-ms-notification-url: true.',
  docs: ruleDocs('webhook-trigger-callback-url'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyWebhookCallback, ({ entry, found }) =>
    found
      ? undefined
      : { pointer: pointer(entry.at), message: messages.noCallback(entry.operationId ?? entry.path) },
  ),
});
export default rule;
