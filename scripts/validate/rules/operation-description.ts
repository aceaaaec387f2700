import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  missing: (operation: string) => `Operation '${operation}' has no description.`,
  repeatsSummary: () => 'The description repeats the summary; say more, in a full sentence.',
};

/** Certification asks every operation for a description: a full sentence that says more than the summary. */
const rule = defineRule({
  id: 'operation-description',
  description: 'Operations have a description that says more than the summary (certification).',
  docs: ruleDocs('operation-description'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'warning' },
  check: checkEach(everyOperation, (e) => {
    const { summary, description } = e.operation;
    if (typeof description !== 'string' || description.trim() === '') return { pointer: pointer(e.at), message: messages.missing(e.operationId ?? e.path) };
    const at = pointer(e.at, 'description');
    if (typeof summary === 'string' && description.trim().toLowerCase() === summary.trim().toLowerCase()) return { pointer: at, message: messages.repeatsSummary() };
    return undefined;
  }),
});
export default rule;
