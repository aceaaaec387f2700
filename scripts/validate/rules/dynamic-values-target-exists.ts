import { asObject, pointer } from '../context.js';
import { dynamicUses } from '../dynamic.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/** A picker calls its lookup operation by operationId; a missing one leaves the dropdown empty or broken. */
const rule: Rule = {
  id: 'dynamic-values-target-exists',
  description: 'x-ms-dynamic-values and x-ms-dynamic-list call an operationId that exists.',
  docs: ruleDocs('dynamic-values-target-exists'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const use of dynamicUses(ctx)) {
      for (const key of ['x-ms-dynamic-values', 'x-ms-dynamic-list']) {
        const id = asObject(use.holder[key])?.operationId;
        if (typeof id === 'string' && !ctx.operationsById.has(id)) {
          out.push({ pointer: pointer(use.at, key, 'operationId'), message: `${key} calls '${id}', which is not an operationId in this swagger.` });
        }
      }
    }
    return out;
  },
};
export default rule;
