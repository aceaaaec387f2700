import { pointer } from '../context.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/** Microsoft's validator rejects x-ms-url-encoding on query parameters; the platform always encodes them once. */
const rule: Rule = {
  id: 'query-parameter-url-encoding',
  description: 'Query parameters do not carry x-ms-url-encoding.',
  docs: ruleDocs('query-parameter-url-encoding'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out = new Map<string, Finding>();
    for (const entry of ctx.operations) {
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.in !== 'query' || p.parameter['x-ms-url-encoding'] === undefined) continue;
        const at = pointer(p.definedAt, 'x-ms-url-encoding');
        out.set(at, { pointer: at, message: `Query parameter '${String(p.parameter.name)}' has x-ms-url-encoding, which is not supported on query parameters; remove it.` });
      }
    }
    return [...out.values()];
  },
};
export default rule;
