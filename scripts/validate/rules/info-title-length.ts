import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

export const MAX_TITLE = 30;

const messages = {
  tooLong: (length: number) => `The title is ${length} characters long; keep it to ${MAX_TITLE}.`,
};

/** The title becomes the connector's display name; Microsoft limits it to 30 characters. */
const rule = defineRule({
  id: 'info-title-length',
  description: `info.title is at most ${MAX_TITLE} characters.`,
  docs: ruleDocs('info-title-length'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const title = asObject(ctx.swagger?.info)?.title;
    if (typeof title !== 'string' || title.length <= MAX_TITLE) return [];
    return [{ pointer: '/info/title', message: messages.tooLong(title.length) }];
  },
});
export default rule;
