import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notWhen: (summary: string) => `Trigger summary '${summary}' should read "When …" (e.g. "When a form is submitted").`,
};

/** String guidance: triggers read "When a …" in the designer, so their summaries start with "When". */
const rule = defineRule({
  id: 'trigger-summary-wording',
  description: 'Trigger summaries start with "When" (certification guidance).',
  docs: ruleDocs('trigger-summary-wording'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'info' },
  check: checkEach(everyOperation, (e) => {
    const summary = e.operation.summary;
    if (e.operation['x-ms-trigger'] === undefined || typeof summary !== 'string' || /^when\b/i.test(summary.trim())) return [];
    return [{ pointer: pointer(e.at, 'summary'), message: messages.notWhen(summary) }];
  }),
});
export default rule;
