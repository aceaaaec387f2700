import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  missing: () => 'info has no description; paconn create and update fail without one.',
};

/** paconn create/update copy info.description into the request and crash (KeyError) when it is missing. */
const rule = defineRule({
  id: 'info-description-required',
  description: 'info.description is present (paconn create/update crash without it).',
  docs: ruleDocs('info-description-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const info = asObject(ctx.swagger?.info);
    if (!info || typeof info.description === 'string') return [];
    return [{ pointer: '/info', message: messages.missing() }];
  },
});
export default rule;
