import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notOpenObject: (type: unknown) => `x-ms-editor "dictionary" needs an object schema with additionalProperties (for example "type": "object", "additionalProperties": {"type": "string"}); this one ${type !== 'object' ? `is of type ${String(type ?? 'unset')}` : 'does not allow additional properties'}.`,
};

/** The dictionary editor edits free key/value pairs, which only an object open to additional properties can hold. */
const rule = defineRule({
  id: 'editor-dictionary',
  description: "x-ms-editor: dictionary stands only on an object schema that allows additionalProperties.",
  docs: ruleDocs('editor-dictionary'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at } of ctx.schemas) {
      if (schema['x-ms-editor'] !== 'dictionary') continue;
      const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
      if (schema.type === 'object' && open) continue;
      out.push({ pointer: pointer(at, 'x-ms-editor'), message: messages.notOpenObject(schema.type) });
    }
    return out;
  },
});
export default rule;
