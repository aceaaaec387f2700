import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { webhookCallbacks } from './webhook-trigger-callback-url.js';

/** The callback URL property must be a string, required at every level and hidden from makers. */
const rule = defineRule({
  id: 'webhook-trigger-callback-url-shape',
  description: "A webhook trigger's x-ms-notification-url property is a string, required all the way up and internal.",
  docs: ruleDocs('webhook-trigger-callback-url-shape'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { found } of webhookCallbacks(ctx)) {
      if (!found) continue;
      const at = pointer(found.at);
      if (found.property.type !== 'string') out.push({ pointer: at, message: 'The callback URL property must be "type": "string".' });
      if (!found.requiredAllTheWay) out.push({ pointer: at, message: 'The callback URL property (and the body and every object above it) must be required.' });
      if (!found.internal) out.push({ pointer: at, message: 'The callback URL property must be "x-ms-visibility": "internal" (or sit in an internal object).' });
    }
    return out;
  },
});
export default rule;
