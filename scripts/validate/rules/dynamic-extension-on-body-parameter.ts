import { pointer } from '../context.js';
import { DYNAMIC_KEYS, dynamicUses, type DynamicKey } from '../dynamic.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  onBodyParameter: (key: DynamicKey) => `Move ${key} from the body parameter to its schema.`,
};

/** On a body parameter the platform ignores dynamic extensions: they belong on the body's schema. */
const rule = defineRule({
  id: 'dynamic-extension-on-body-parameter',
  description: 'Dynamic extensions of a body go on its schema, not on the body parameter.',
  docs: ruleDocs('dynamic-extension-on-body-parameter'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const use of dynamicUses(ctx)) {
      if (!use.isParameter || use.holder.in !== 'body') continue;
      for (const key of DYNAMIC_KEYS) {
        if (key in use.holder) out.push({ pointer: pointer(use.at, key), message: messages.onBodyParameter(key) });
      }
    }
    return out;
  },
});
export default rule;
