import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  missing: (operation: string) => `Operation '${operation}' has no summary.`,
};

/** The summary is the action's name in the flow designer; without it makers see the operationId. */
const rule = defineRule({
  id: 'summary-required',
  description: 'Every operation has a summary.',
  docs: ruleDocs('summary-required'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) =>
    typeof e.operation.summary !== 'string' || e.operation.summary.trim() === ''
      ? { pointer: pointer(e.at), message: messages.missing(e.operationId ?? `${e.method} ${e.path}`) }
      : undefined,
  ),
});
export default rule;
