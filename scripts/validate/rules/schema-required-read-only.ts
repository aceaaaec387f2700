import { bodySchemaNodes } from '../body-schemas.js';
import { asArray, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  requiredReadOnly: (name: string, operation: string) =>
    `'${name}' is required and readOnly in the body of ${operation}, so a caller can never send it; remove it from required in the input schema, or drop readOnly.`,
};

/** A property the maker must give (required) but may not write (readOnly) cannot be sent. */
const rule = defineRule({
  id: 'schema-required-read-only',
  description: 'No property of an input body is both required and readOnly.',
  docs: ruleDocs('schema-required-read-only'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const { schema, at, entry } of bodySchemaNodes(ctx)) {
      const properties = asObject(schema.properties);
      if (!properties) continue;
      for (const name of asArray(schema.required)) {
        if (typeof name !== 'string') continue;
        const resolved = ctx.resolve(properties[name], [...at, 'properties', name]);
        const property = asObject(resolved?.value);
        if (property?.readOnly !== true || !resolved) continue;
        const where = pointer(resolved.at, 'readOnly');
        if (!out.has(where)) {
          out.set(where, {
            pointer: where,
            message: messages.requiredReadOnly(name, `${entry.method.toUpperCase()} ${entry.path}`),
          });
        }
      }
    }
    return [...out.values()];
  },
});
export default rule;
