import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const RESTRICTED = /\b(API|Connector|Power\s*(?:Automate|Apps|Platform|BI)|Logic\s*Apps|Copilot\s*Studio)\b/i;

const messages = {
  restrictedWord: (word: string) => `The title contains '${word}', which certification does not allow.`,
};

/** Certification forbids 'API', 'Connector' and Power Platform product names in the title. */
const rule = defineRule({
  id: 'info-title-restricted-words',
  description: "info.title does not contain 'API', 'Connector' or Power Platform product names (certification).",
  docs: ruleDocs('info-title-restricted-words'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'error' },
  check(ctx) {
    const title = asObject(ctx.swagger?.info)?.title;
    const found = typeof title === 'string' ? RESTRICTED.exec(title) : null;
    return found ? [{ pointer: '/info/title', message: messages.restrictedWord(found[0]) }] : [];
  },
});
export default rule;
