import { pointer } from '../context.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/** Without x-ms-url-encoding the platform's encoding of path values is ambiguous; Microsoft's validator asks for it. */
const rule: Rule = {
  id: 'path-parameter-url-encoding',
  description: 'Path parameters declare "x-ms-url-encoding": "single" (or "double").',
  docs: ruleDocs('path-parameter-url-encoding'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.in !== 'path' || p.parameter['x-ms-url-encoding'] !== undefined) continue;
        const at = pointer(p.definedAt);
        out.set(at, { pointer: at, message: `Path parameter '${String(p.parameter.name)}' has no x-ms-url-encoding; add "x-ms-url-encoding": "single".` });
      }
    }
    return [...out.values()];
  },
};
export default rule;
