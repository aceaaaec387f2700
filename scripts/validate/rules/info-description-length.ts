import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

export const MIN_DESCRIPTION = 30;
export const MAX_DESCRIPTION = 500;

const messages = {
  wrongLength: (length: number) => `The description is ${length} characters long; it must be ${MIN_DESCRIPTION} to ${MAX_DESCRIPTION}.`,
};

/** Microsoft's listing shows the description; it must be 30 to 500 characters. */
const rule = defineRule({
  id: 'info-description-length',
  description: `info.description is ${MIN_DESCRIPTION} to ${MAX_DESCRIPTION} characters long.`,
  docs: ruleDocs('info-description-length'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const description = asObject(ctx.swagger?.info)?.description;
    if (typeof description !== 'string') return [];
    const length = description.trim().length;
    if (length >= MIN_DESCRIPTION && length <= MAX_DESCRIPTION) return [];
    return [{ pointer: '/info/description', message: messages.wrongLength(length) }];
  },
});
export default rule;
