import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** `type: file` exists only for formData parameters and as a whole response; anywhere else nothing reads it. */
const rule = defineRule({
  id: 'schema-file-type',
  description: "type 'file' is used only by formData parameters and as a response's root schema.",
  docs: ruleDocs('schema-file-type'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at, root } of ctx.schemas) {
      if (schema.type !== 'file') continue;
      const isResponseRoot = root === 'response' && at[at.length - 1] === 'schema';
      if (!isResponseRoot) out.push({ pointer: pointer(at, 'type'), message: "type 'file' is only allowed as a whole response or on a formData parameter; use type string with format binary." });
    }
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.type === 'file' && p.parameter.in !== 'formData') out.push({ pointer: pointer(p.definedAt, 'type'), message: `Parameter '${String(p.parameter.name)}' is in ${String(p.parameter.in)}; type 'file' is only allowed in formData.` });
      }
    }
    return out;
  },
});
export default rule;
