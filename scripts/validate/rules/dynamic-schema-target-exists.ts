import { asObject, pointer } from '../context.js';
import { dynamicUses } from '../dynamic.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/** A dynamic shape is fetched from its operationId; a missing one leaves the fields unknown. */
const rule: Rule = {
  id: 'dynamic-schema-target-exists',
  description: 'x-ms-dynamic-schema and x-ms-dynamic-properties call an operationId that exists.',
  docs: ruleDocs('dynamic-schema-target-exists'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const use of dynamicUses(ctx)) {
      for (const key of ['x-ms-dynamic-schema', 'x-ms-dynamic-properties']) {
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
