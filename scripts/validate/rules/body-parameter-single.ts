import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  severalBodies: (name: string) => `${name} has more than one body parameter.`,
  bodyWithFormData: (name: string) => `${name} mixes a body parameter with formData parameters.`,
};

/** A request has one body: one `in: body` parameter, or formData fields, never both. */
const rule = defineRule({
  id: 'body-parameter-single',
  description: 'An operation has at most one body parameter, and does not mix body with formData.',
  docs: ruleDocs('body-parameter-single'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    const params = ctx.parameters(entry);
    const bodies = params.filter((p) => p.parameter.in === 'body');
    for (const extra of bodies.slice(1)) out.push({ pointer: pointer(extra.at), message: messages.severalBodies(entry.operationId ?? entry.path) });
    if (bodies.length > 0 && params.some((p) => p.parameter.in === 'formData')) {
      out.push({ pointer: pointer(bodies[0]!.at), message: messages.bodyWithFormData(entry.operationId ?? entry.path) });
    }
    return out;
  }),
});
export default rule;
