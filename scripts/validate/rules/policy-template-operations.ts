import { asObject, pointer } from '../context.js';
import { checkEach, everyPolicyInstance } from '../selectors.js';
import { suggestion } from '../suggest.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notArray: () => 'x-ms-apimTemplate-operationName must be an array of operationIds, even for one operation.',
  notString: () => 'Operation names are strings.',
  unknownOperation: (operationId: string, templateId: string, operationIds: Iterable<string>) =>
    `'${operationId}' is not an operationId in the swagger, so the ${templateId} policy does not apply to it.${suggestion(operationId, operationIds) || ' Remove it or use the current operationId.'}`,
};

/** x-ms-apimTemplate-operationName scopes a policy to operations; a misspelt one leaves them unpoliced. */
const rule = defineRule({
  id: 'policy-template-operations',
  description: 'x-ms-apimTemplate-operationName is an array of operationIds that exist in the swagger.',
  docs: ruleDocs('policy-template-operations'),
  appliesTo: 'apiProperties',
  messages,
  // A stale name leaves the policy off for an operation that no longer exists (or was renamed); the
  // platform accepts it and certified connectors carry some, so custom warns. Certification wants it fixed.
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyPolicyInstance, ({ instance, at }, ctx) => {
    const out: Finding[] = [];
    const names = asObject(instance.parameters)?.['x-ms-apimTemplate-operationName'];
    if (names === undefined) return out;
    const where = [...at, 'parameters', 'x-ms-apimTemplate-operationName'];
    if (!Array.isArray(names)) {
      out.push({ pointer: pointer(where), message: messages.notArray() });
      return out;
    }
    names.forEach((name, i) => {
      if (typeof name !== 'string') out.push({ pointer: pointer(where, i), message: messages.notString() });
      else if (ctx.swagger && !ctx.operationsById.has(name)) {
        out.push({ pointer: pointer(where, i), message: messages.unknownOperation(name, String(instance.templateId), ctx.operationsById.keys()) });
      }
    });
    return out;
  }),
});
export default rule;
