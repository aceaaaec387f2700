import { asObject, pointer } from '../context.js';
import { checkEach, everyPolicyInstance } from '../selectors.js';
import { suggestion } from '../suggest.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** x-ms-apimTemplate-operationName scopes a policy to operations; a misspelt one leaves them unpoliced. */
const rule = defineRule({
  id: 'policy-template-operations',
  description: 'x-ms-apimTemplate-operationName is an array of operationIds that exist in the swagger.',
  docs: ruleDocs('policy-template-operations'),
  appliesTo: 'apiProperties',
  // A stale name leaves the policy off for an operation that no longer exists (or was renamed); the
  // platform accepts it and certified connectors carry some, so custom warns. Certification wants it fixed.
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyPolicyInstance, ({ instance, at }, ctx) => {
    const out: Finding[] = [];
    const names = asObject(instance.parameters)?.['x-ms-apimTemplate-operationName'];
    if (names === undefined) return out;
    const where = [...at, 'parameters', 'x-ms-apimTemplate-operationName'];
    if (!Array.isArray(names)) {
      out.push({ pointer: pointer(where), message: 'x-ms-apimTemplate-operationName must be an array of operationIds, even for one operation.' });
      return out;
    }
    names.forEach((name, i) => {
      if (typeof name !== 'string') out.push({ pointer: pointer(where, i), message: 'Operation names are strings.' });
      else if (ctx.swagger && !ctx.operationsById.has(name)) {
        const hint = suggestion(name, ctx.operationsById.keys());
        out.push({ pointer: pointer(where, i), message: `'${name}' is not an operationId in the swagger, so the ${String(instance.templateId)} policy does not apply to it.${hint || ' Remove it or use the current operationId.'}` });
      }
    });
    return out;
  }),
});
export default rule;
