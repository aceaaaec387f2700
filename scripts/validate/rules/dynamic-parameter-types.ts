import { asObject, pointer, type JsonObject } from '../context.js';
import { DYNAMIC_KEYS } from '../dynamic.js';
import { checkEach, everyDynamicUse } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a literal can fill a parameter of `type` (integers are numbers; strings fill anything in a URL). */
function fits(value: unknown, type: unknown): boolean {
  if (typeof type !== 'string') return true;
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer') || type === 'string';
}

const messages = {
  referenceTypeDiffers: (name: string, targetId: string, type: string, reference: string, referenceType: string) => `'${name}' of ${targetId} is of type ${type}, but '${reference}' passes a ${referenceType}; give both the same type.`,
  referenceOptional: (name: string, targetId: string, reference: string) => `'${name}' of ${targetId} is required, but '${reference}' is optional, so the lookup cannot run until the maker fills it; make '${reference}' required or pass a literal.`,
  referenceInternal: (reference: string, name: string) => `'${reference}' is internal, so the maker never fills it and '${name}' gets no value; make it visible or pass a literal.`,
  literalTypeDiffers: (name: string, targetId: string, type: string, literal: unknown) => `'${name}' of ${targetId} is of type ${type}, but the literal ${JSON.stringify(literal)} is a ${typeOf(literal)}.`,
};

/**
 * What a dynamic lookup passes to its target must fit the target's parameters: a literal of the
 * right type, or a caller parameter of the same type that the maker can fill (not internal) and
 * that is required when the target's is.
 */
const rule = defineRule({
  id: 'dynamic-parameter-types',
  description: 'Values a dynamic extension passes fit the target parameters: same type, required when required, not from an internal parameter.',
  docs: ruleDocs('dynamic-parameter-types'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyDynamicUse, (use, ctx) => {
    const out: Finding[] = [];
    const caller = use.caller && use.isParameter ? new Map(ctx.parameters(use.caller).map((p) => [String(p.parameter.name), p.parameter])) : undefined;
    for (const key of DYNAMIC_KEYS) {
      const extension = asObject(use.holder[key]);
      const targetId = extension?.operationId;
      const target = typeof targetId === 'string' ? ctx.operationsById.get(targetId) : undefined;
      if (!extension || !target) continue;
      const targetParameters = new Map<string, JsonObject>(ctx.parameters(target).map((p) => [String(p.parameter.name), p.parameter]));
      for (const [name, value] of Object.entries(asObject(extension.parameters) ?? {})) {
        const parameter = targetParameters.get(name);
        if (!parameter || parameter.in === 'body') continue;
        const at = pointer(use.at, key, 'parameters', name);
        const object = asObject(value);
        const reference = object?.parameter ?? object?.parameterReference;
        if (typeof reference === 'string') {
          const source = caller?.get(reference.split('/')[0]!);
          if (!source || reference.includes('/')) continue;
          if (source.type !== undefined && parameter.type !== undefined && source.type !== parameter.type && parameter.type !== 'string') {
            out.push({ pointer: at, message: messages.referenceTypeDiffers(name, String(targetId), String(parameter.type), reference, String(source.type)) });
          }
          if (parameter.required === true && source.required !== true && source.default === undefined) {
            out.push({ pointer: at, message: messages.referenceOptional(name, String(targetId), reference) });
          }
          if (source['x-ms-visibility'] === 'internal' && source.default === undefined) {
            out.push({ pointer: at, message: messages.referenceInternal(reference, name) });
          }
          continue;
        }
        const literal = object && 'value' in object ? object.value : value;
        if (!fits(literal, parameter.type)) {
          out.push({ pointer: at, message: messages.literalTypeDiffers(name, String(targetId), String(parameter.type), literal) });
        }
      }
    }
    return out;
  }),
});
export default rule;
