import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

export const MAX_SUMMARY = 80;

const messages = {
  tooLong: (length: number) => `The summary is ${length} characters long; keep it to ${MAX_SUMMARY}.`,
};

/** Longer summaries are cut off in the designer; no certified connector has one over 80 characters. */
const rule = defineRule({
  id: 'summary-length',
  description: `Operation summaries are at most ${MAX_SUMMARY} characters.`,
  docs: ruleDocs('summary-length'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) =>
    typeof e.operation.summary === 'string' && e.operation.summary.length > MAX_SUMMARY
      ? { pointer: pointer(e.at, 'summary'), message: messages.tooLong(e.operation.summary.length) }
      : undefined,
  ),
});
export default rule;
