import { checkEach, theDocument } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

export const MAX_OPERATIONS = 256;

const messages = {
  tooMany: (count: number) => `The swagger has ${count} operations; a connector may have at most ${MAX_OPERATIONS}.`,
};

/** Power Platform limits a connector to 256 operations. */
const rule = defineRule({
  id: 'operation-count-limit',
  description: `The swagger has at most ${MAX_OPERATIONS} operations.`,
  docs: ruleDocs('operation-count-limit'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(theDocument, (_swagger, ctx) => {
    const count = ctx.operations.length;
    return count > MAX_OPERATIONS ? { pointer: '/paths', message: messages.tooMany(count) } : undefined;
  }),
});
export default rule;
