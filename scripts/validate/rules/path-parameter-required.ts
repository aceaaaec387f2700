import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** A path cannot be built without its variables: Swagger 2.0 requires `required: true` on path parameters. */
const rule = defineRule({
  id: 'path-parameter-required',
  description: 'Path parameters have `required: true`.',
  docs: ruleDocs('path-parameter-required'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.in !== 'path' || p.parameter.required === true) continue;
        const at = pointer(p.definedAt);
        out.set(at, { pointer: at, message: `Path parameter '${String(p.parameter.name)}' must have "required": true.` });
      }
    }
    return [...out.values()];
  },
});
export default rule;
