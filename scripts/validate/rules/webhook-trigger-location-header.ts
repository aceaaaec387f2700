import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';
import { isWebhookTrigger } from '../webhooks.js';

const messages = {
  noCreated: () => 'A webhook subscription should answer 201 Created with a Location header.',
  noLocation: () => 'Declare the Location header of the 201 response: the platform calls DELETE on it to unsubscribe.',
};

/** The subscription must answer 201 with a Location header: that URL is what the platform DELETEs later. */
const rule = defineRule({
  id: 'webhook-trigger-location-header',
  description: 'A webhook subscription answers 201 and declares its Location header.',
  docs: ruleDocs('webhook-trigger-location-header'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'info', certification: 'warning' },
  check: checkEach(everyOperation, (e, ctx) => {
    if (!isWebhookTrigger(e)) return [];
    // Without any 2xx response, operation-responses-required or response-success-required reports it: one finding.
    if (!Object.keys(asObject(e.operation.responses) ?? {}).some((code) => /^2\d\d$/.test(code))) return [];
    const created = asObject(ctx.resolve(asObject(e.operation.responses)?.['201'], [])?.value);
    if (!created) return [{ pointer: pointer(e.at, 'responses'), message: messages.noCreated() }];
    const headers = Object.keys(asObject(created.headers) ?? {}).map((h) => h.toLowerCase());
    return headers.includes('location') ? [] : [{ pointer: pointer(e.at, 'responses', '201'), message: messages.noLocation() }];
  }),
});
export default rule;
