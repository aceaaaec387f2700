import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  duplicateHeader: (code: string, operation: string, name: string, first: string) =>
    `Response ${code} of ${operation} declares header '${name}' and '${first}', which are the same header (names ignore case); keep one.`,
};

/** HTTP header names are case-insensitive, so `Location` and `location` are one header declared twice. */
const rule = defineRule({
  id: 'response-headers-unique',
  description: 'A response does not declare the same header twice (header names ignore case).',
  docs: ruleDocs('response-headers-unique'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    for (const [code, raw] of Object.entries(asObject(entry.operation.responses) ?? {})) {
      const response = asObject(ctx.resolve(raw, [...entry.at, 'responses', code])?.value);
      const seen = new Map<string, string>();
      for (const name of Object.keys(asObject(response?.headers) ?? {})) {
        const first = seen.get(name.toLowerCase());
        if (first !== undefined) out.push({ pointer: pointer(entry.at, 'responses', code, 'headers', name), message: messages.duplicateHeader(code, `${entry.method.toUpperCase()} ${entry.path}`, name, first) });
        else seen.set(name.toLowerCase(), name);
      }
    }
    return out;
  }),
});
export default rule;
