import { pointer } from '../context.js';
import { checkEach, everyCallbackProperty } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notString: () => 'The callback URL property must be "type": "string".',
  notRequired: () => 'The callback URL property (and the body and every object above it) must be required.',
  notInternal: () => 'The callback URL property must be "x-ms-visibility": "internal" (or sit in an internal object).',
};

/** The callback URL property must be a string, required at every level and hidden from makers. */
const rule = defineRule({
  id: 'webhook-trigger-callback-url-shape',
  description: "A webhook trigger's x-ms-notification-url property is a string, required all the way up and internal.",
  docs: ruleDocs('webhook-trigger-callback-url-shape'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyCallbackProperty, (found) => {
    const out: Finding[] = [];
    const at = pointer(found.at);
    if (found.property.type !== 'string') out.push({ pointer: at, message: messages.notString() });
    if (!found.requiredAllTheWay) out.push({ pointer: at, message: messages.notRequired() });
    if (!found.internal) out.push({ pointer: at, message: messages.notInternal() });
    return out;
  }),
});
export default rule;
