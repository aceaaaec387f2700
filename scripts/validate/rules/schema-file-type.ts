import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  fileSchema: () => "type 'file' is only allowed as a whole response or on a formData parameter; use type string with format binary.",
  fileParameter: (parameter: string, location: string) => `Parameter '${parameter}' is in ${location}; type 'file' is only allowed in formData.`,
};

/** `type: file` exists only for formData parameters and as a whole response; anywhere else nothing reads it. */
const rule = defineRule({
  id: 'schema-file-type',
  description: "type 'file' is used only by formData parameters and as a response's root schema.",
  docs: ruleDocs('schema-file-type'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at, root } of ctx.schemas) {
      if (schema.type !== 'file') continue;
      const isResponseRoot = root === 'response' && at[at.length - 1] === 'schema';
      if (!isResponseRoot) out.push({ pointer: pointer(at, 'type'), message: messages.fileSchema() });
    }
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.type === 'file' && p.parameter.in !== 'formData') out.push({ pointer: pointer(p.definedAt, 'type'), message: messages.fileParameter(String(p.parameter.name), String(p.parameter.in)) });
      }
    }
    return out;
  },
});
export default rule;
