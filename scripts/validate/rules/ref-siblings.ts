import { pointer } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';
import { refNodes } from './ref-location.js';

const messages = {
  ignoredKey: (key: string) => `'${key}' next to $ref is ignored; put it on the referenced definition or wrap the $ref in allOf.`,
};

/** In Swagger 2.0 a $ref replaces its object: keys beside it are ignored, and Microsoft's validator rejects them. */
const rule = defineRule({
  id: 'ref-siblings',
  description: 'An object with $ref has no other keys (they would be ignored).',
  docs: ruleDocs('ref-siblings'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: (ctx) =>
    refNodes(ctx).flatMap(({ at, keys }) =>
      keys
        .filter((key) => key !== '$ref')
        .map((key) => ({ pointer: pointer(at, key), message: messages.ignoredKey(key) })),
    ),
});
export default rule;
