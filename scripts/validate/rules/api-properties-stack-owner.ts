import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  present: () => 'paconn update fails when stackOwner is present; remove it from the copy you deploy (certification needs it).',
};

/** paconn update refuses an apiProperties with stackOwner; keep it only in the certification copy. */
const rule = defineRule({
  id: 'api-properties-stack-owner',
  description: 'No stackOwner in a custom connector (paconn update refuses it).',
  docs: ruleDocs('api-properties-stack-owner'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'warning' },
  check(ctx) {
    const properties = asObject(ctx.apiProperties?.properties);
    if (properties?.stackOwner === undefined) return [];
    return [{ pointer: '/properties/stackOwner', message: messages.present() }];
  },
});
export default rule;
