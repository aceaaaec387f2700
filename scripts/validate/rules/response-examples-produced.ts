import { asArray, asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notProduced: (code: string, operation: string, type: string, produces: readonly string[]) =>
    `Response ${code} of ${operation} has an example for ${type}, which the operation does not produce (${produces.length > 0 ? produces.join(', ') : 'no produces'}); add ${type} to produces or key the example by a produced type.`,
};

/** A response example is keyed by media type; one the operation does not produce is never shown or used. */
const rule = defineRule({
  id: 'response-examples-produced',
  description: "Response examples are keyed by media types the operation produces.",
  docs: ruleDocs('response-examples-produced'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const produces = asArray(entry.operation.produces ?? ctx.swagger?.produces).filter((m): m is string => typeof m === 'string').map((m) => m.toLowerCase());
    const out: Finding[] = [];
    for (const [code, raw] of Object.entries(asObject(entry.operation.responses) ?? {})) {
      const examples = asObject(asObject(raw)?.examples);
      for (const type of Object.keys(examples ?? {})) {
        if (produces.includes(type.toLowerCase())) continue;
        out.push({
          pointer: pointer(entry.at, 'responses', code, 'examples', type),
          message: messages.notProduced(code, `${entry.method.toUpperCase()} ${entry.path}`, type, produces),
        });
      }
    }
    return out;
  }),
});
export default rule;
