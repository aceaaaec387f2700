import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const RESERVED = ['connectionid'];

/** The platform uses connectionId itself; a parameter of that name is rejected. */
const rule = defineRule({
  id: 'parameter-reserved-name',
  description: "No parameter is named 'connectionId' (reserved by the platform).",
  docs: ruleDocs('parameter-reserved-name'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        const name = p.parameter.name;
        if (typeof name === 'string' && RESERVED.includes(name.toLowerCase())) {
          const at = pointer(p.at, 'name');
          out.set(at, { pointer: at, message: `Parameter name '${name}' is reserved by Power Platform; rename it.` });
        }
      }
    }
    return [...out.values()];
  },
});
export default rule;
