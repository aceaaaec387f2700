import { checkEach, theDocument } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

export const MAX_OPERATIONS = 256;

/** Power Platform limits a connector to 256 operations. */
const rule = defineRule({
  id: 'operation-count-limit',
  description: `The swagger has at most ${MAX_OPERATIONS} operations.`,
  docs: ruleDocs('operation-count-limit'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(theDocument, (_swagger, ctx) => {
    const count = ctx.operations.length;
    return count > MAX_OPERATIONS ? { pointer: '/paths', message: `The swagger has ${count} operations; a connector may have at most ${MAX_OPERATIONS}.` } : undefined;
  }),
});
export default rule;
