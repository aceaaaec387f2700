import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

/** Microsoft's validator rejects '/' and similar characters in summaries (RestrictedCharactersInSummary). */
const RESTRICTED = /[/\\{}[\]<>|#*]/;

const messages = {
  restricted: (character: string) => `The summary contains '${character}'; use words instead (e.g. "and", "or").`,
};

const rule = defineRule({
  id: 'summary-restricted-characters',
  description: "Operation summaries contain no '/', '\\', braces, brackets, '<>', '|', '#' or '*'.",
  docs: ruleDocs('summary-restricted-characters'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    const summary = e.operation.summary;
    const found = typeof summary === 'string' ? RESTRICTED.exec(summary) : null;
    return found ? [{ pointer: pointer(e.at, 'summary'), message: messages.restricted(found[0]) }] : [];
  }),
});
export default rule;
