import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The dictionary editor edits free key/value pairs, which only an object open to additional properties can hold. */
const rule = defineRule({
  id: 'editor-dictionary',
  description: "x-ms-editor: dictionary stands only on an object schema that allows additionalProperties.",
  docs: ruleDocs('editor-dictionary'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at } of ctx.schemas) {
      if (schema['x-ms-editor'] !== 'dictionary') continue;
      const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false;
      if (schema.type === 'object' && open) continue;
      out.push({ pointer: pointer(at, 'x-ms-editor'), message: `x-ms-editor "dictionary" needs an object schema with additionalProperties (for example "type": "object", "additionalProperties": {"type": "string"}); this one ${schema.type !== 'object' ? `is of type ${String(schema.type ?? 'unset')}` : 'does not allow additional properties'}.` });
    }
    return out;
  },
});
export default rule;
