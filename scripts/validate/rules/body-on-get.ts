import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** GET (and HEAD) requests carry no body; the platform drops it and certification rejects it. */
const rule = defineRule({
  id: 'body-on-get',
  description: 'GET and HEAD operations have no body or formData parameters.',
  docs: ruleDocs('body-on-get'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const entry of ctx.operations) {
      if (entry.method !== 'get' && entry.method !== 'head') continue;
      for (const p of ctx.parameters(entry)) {
        if (p.parameter.in === 'body' || p.parameter.in === 'formData') {
          out.push({ pointer: pointer(p.at), message: `${entry.method.toUpperCase()} ${entry.path} has a ${String(p.parameter.in)} parameter; send it as query parameters or use POST.` });
        }
      }
    }
    return out;
  },
});
export default rule;
