import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const SECTIONS = [
  ['definitions', 'Definition'],
  ['parameters', 'Parameter'],
  ['responses', 'Response'],
] as const;

const messages = {
  alias: (label: string, name: string, target: string) =>
    `${label} '${name}' is nothing but a $ref to '${target}'; Power Platform does not allow one ${label.toLowerCase()} to stand for another. Refer to '${target}' directly where '${name}' is used, or write '${name}' out.`,
};

/**
 * An entry of definitions, parameters or responses that is nothing but a `$ref` to another entry:
 * Microsoft's validator refuses it (an alias is a loop of references to the platform).
 */
const rule = defineRule({
  id: 'ref-only-entry',
  description: 'No entry of definitions, parameters or responses is nothing but a $ref to another.',
  docs: ruleDocs('ref-only-entry'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const [section, label] of SECTIONS) {
      for (const [name, entry] of Object.entries(asObject(ctx.swagger?.[section]) ?? {})) {
        const object = asObject(entry);
        if (!object || typeof object.$ref !== 'string') continue;
        out.push({
          pointer: pointer([section, name, '$ref']),
          message: messages.alias(label, name, object.$ref),
        });
      }
    }
    return out;
  },
});
export default rule;
