import { asObject, pointer } from '../context.js';
import { DYNAMIC_KEYS, parameterNames, type DynamicKey } from '../dynamic.js';
import { checkEach, everyDynamicUse } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  unknownParameter: (targetId: string, name: string) => `'${targetId}' has no parameter '${name}'.`,
  unknownReference: (reference: string, caller: string, name: string) => `'${reference}' is not a parameter of ${caller}, so nothing is passed to '${name}'.`,
  requiredNotPassed: (targetId: string, name: string, key: DynamicKey) => `'${targetId}' requires parameter '${name}', which ${key} does not pass.`,
};

/**
 * A lookup passes values to its target's parameters, taken from literals or from the caller's own
 * parameters. Names that match nothing are silently dropped, and the lookup then fails at run time.
 */
const rule = defineRule({
  id: 'dynamic-parameters-exist',
  description: "Dynamic extensions pass only parameters the target has, give all its required ones, and refer to the caller's existing parameters.",
  docs: ruleDocs('dynamic-parameters-exist'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyDynamicUse, (use, ctx) => {
    const out: Finding[] = [];
    const callerNames = use.caller ? parameterNames(ctx, use.caller) : undefined;
    for (const key of DYNAMIC_KEYS) {
      const extension = asObject(use.holder[key]);
      const targetId = extension?.operationId;
      const target = typeof targetId === 'string' ? ctx.operationsById.get(targetId) : undefined;
      if (!extension || !target) continue;
      const given = asObject(extension.parameters) ?? {};
      const accepted = parameterNames(ctx, target);
      for (const [name, value] of Object.entries(given)) {
        const at = pointer(use.at, key, 'parameters', name);
        if (!accepted.names.has(name) && !accepted.hasBody) {
          out.push({ pointer: at, message: messages.unknownParameter(String(targetId), name) });
        }
        const reference = asObject(value)?.parameter ?? asObject(value)?.parameterReference;
        // Inside a body schema a reference may name a sibling property; on a parameter it names a parameter.
        if (typeof reference === 'string' && callerNames && use.isParameter) {
          const root = reference.split('/')[0]!;
          if (!callerNames.names.has(root)) out.push({ pointer: at, message: messages.unknownReference(reference, use.caller!.operationId ?? use.caller!.path, name) });
        }
      }
      for (const required of accepted.required) {
        const name = String(required.name);
        if (!(name in given) && required.default === undefined) {
          out.push({ pointer: pointer(use.at, key), message: messages.requiredNotPassed(String(targetId), name, key) });
        }
      }
    }
    return out;
  }),
});
export default rule;
