import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  trailing: (character: string) => `The title ends with ${JSON.stringify(character)}; end it with a letter or digit.`,
};

/** Microsoft requires the title to end with a letter or digit: no trailing space, newline or punctuation. */
const rule = defineRule({
  id: 'info-title-trailing-character',
  description: 'info.title ends with a letter or digit.',
  docs: ruleDocs('info-title-trailing-character'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const title = asObject(ctx.swagger?.info)?.title;
    if (typeof title !== 'string' || title === '' || /[\p{L}\p{N}]$/u.test(title)) return [];
    return [{ pointer: '/info/title', message: messages.trailing(title.slice(-1)) }];
  },
});
export default rule;
