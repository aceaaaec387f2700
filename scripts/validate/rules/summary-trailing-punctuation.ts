import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  endsWith: (last: string) => `The summary ends with ${JSON.stringify(last)}; end it with a letter, digit or ')'.`,
};

/** Microsoft's validator requires summaries to end with a letter, digit or ')' (ValueMustEndWithAlphanumeric). */
const rule = defineRule({
  id: 'summary-trailing-punctuation',
  description: "Operation summaries end with a letter, digit or ')', not with punctuation or space.",
  docs: ruleDocs('summary-trailing-punctuation'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    const summary = e.operation.summary;
    if (typeof summary !== 'string' || summary === '' || /[\p{L}\p{N})]$/u.test(summary)) return undefined;
    return { pointer: pointer(e.at, 'summary'), message: messages.endsWith(summary.slice(-1)) };
  }),
});
export default rule;
