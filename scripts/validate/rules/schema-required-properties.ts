import { asArray, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notObject: (type: string) => `\`required\` lists properties, but this schema is of type ${type}, not object; remove it.`,
  empty: () => '`required` is empty; remove it.',
  undefinedProperty: (name: string) => `'${name}' is required but not defined in properties.`,
};

/** `required` may only name properties the schema defines (swagger-parser checks this). */
const rule = defineRule({
  id: 'schema-required-properties',
  description: "A schema's `required` list is non-empty and names only properties it defines.",
  docs: ruleDocs('schema-required-properties'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at } of ctx.schemas) {
      if (!Array.isArray(schema.required)) continue;
      if (typeof schema.type === 'string' && schema.type !== 'object') {
        out.push({ pointer: pointer(at, 'required'), message: messages.notObject(schema.type) });
        continue;
      }
      if (schema.required.length === 0) {
        out.push({ pointer: pointer(at, 'required'), message: messages.empty() });
        continue;
      }
      // Properties may come from allOf parts or be open-ended; then there is nothing to check against.
      const properties = asObject(schema.properties);
      if (!properties || schema.allOf !== undefined || schema['x-ms-dynamic-schema'] !== undefined) continue;
      asArray(schema.required).forEach((name, i) => {
        if (typeof name === 'string' && !Object.prototype.hasOwnProperty.call(properties, name)) {
          out.push({ pointer: pointer(at, 'required', i), message: messages.undefinedProperty(name) });
        }
      });
    }
    return out;
  },
});
export default rule;
