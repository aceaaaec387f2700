import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** A form field name travels in a Content-Disposition header, which Power Platform writes in US-ASCII only. */
const rule = defineRule({
  id: 'form-data-parameter-name',
  description: 'formData parameter names use only US-ASCII characters.',
  docs: ruleDocs('form-data-parameter-name'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const entry of ctx.operations) {
      for (const { parameter, definedAt } of ctx.parameters(entry)) {
        if (parameter.in !== 'formData' || typeof parameter.name !== 'string' || /^[\x20-\x7e]*$/.test(parameter.name)) continue;
        const where = pointer(definedAt, 'name');
        out.set(where, { pointer: where, message: `Form field '${parameter.name}' has characters outside US-ASCII, which a form field name cannot carry; rename it with ASCII letters, digits and '_' (x-ms-summary can keep the display name).` });
      }
    }
    return [...out.values()];
  },
});
export default rule;
