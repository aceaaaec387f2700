import { asArray, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  duplicate: (name: string, first: number) => `Tag '${name}' is already defined at tags/${first}; define each tag once and merge the descriptions.`,
};

/** A tag is defined once by name; a second definition of the same name contradicts the first. */
const rule = defineRule({
  id: 'tags-unique',
  description: 'The root tags list defines each tag name once.',
  docs: ruleDocs('tags-unique'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    asArray(ctx.swagger?.tags).forEach((tag, i) => {
      const name = asObject(tag)?.name;
      if (typeof name !== 'string') return;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else out.push({ pointer: pointer(['tags', i]), message: messages.duplicate(name, first) });
    });
    return out;
  },
});
export default rule;
