import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notSentence: () => 'The description should be a full sentence ending with a period.',
};

/**
 * String guidance: a description is a full sentence ending with a period. Only 56% of certified
 * operations follow it, so Microsoft does not enforce it: a hint, even for certification.
 */
const rule = defineRule({
  id: 'operation-description-sentence',
  description: 'Operation descriptions are full sentences ending with a period (certification guidance).',
  docs: ruleDocs('operation-description-sentence'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'info' },
  check: checkEach(everyOperation, (e) => {
    const { description, summary } = e.operation;
    if (typeof description !== 'string') return [];
    const text = description.trim();
    // A description that repeats the summary is operation-description's finding, which already asks for a sentence.
    if (typeof summary === 'string' && text.toLowerCase() === summary.trim().toLowerCase()) return [];
    // A single word (a label) needs no period.
    if (!/\s/.test(text) || /[.!?)]$/.test(text)) return [];
    return [{ pointer: pointer(e.at, 'description'), message: messages.notSentence() }];
  }),
});
export default rule;
