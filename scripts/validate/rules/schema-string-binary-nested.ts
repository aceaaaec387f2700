import { bodySchemaNodes } from '../body-schemas.js';
import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  nestedBinary: (operation: string) =>
    `${operation} has a string/binary property inside its JSON body; Power Platform sends binary content only as the whole body or a formData field. Use format 'byte' (base64 text) here, or make the file the body itself.`,
};

/**
 * A string/binary schema is a raw file upload; Power Platform can send one only as the whole body
 * (or a formData field), never as a property inside a JSON body.
 */
const rule = defineRule({
  id: 'schema-string-binary-nested',
  description: "A string/binary schema is a body's top-level schema, never a property nested in a body.",
  docs: ruleDocs('schema-string-binary-nested'),
  appliesTo: 'swagger',
  messages,
  // Microsoft's list says InvalidStringBinaryProperty; eleven certified connectors have it anyway.
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const { schema, at, depth, entry } of bodySchemaNodes(ctx)) {
      if (depth === 0 || schema.type !== 'string' || schema.format !== 'binary') continue;
      const where = pointer(at);
      if (!out.has(where)) {
        out.set(where, {
          pointer: where,
          message: messages.nestedBinary(`${entry.method.toUpperCase()} ${entry.path}`),
        });
      }
    }
    return [...out.values()];
  },
});
export default rule;
