import { asArray, asObject, pointer } from '../context.js';
import { checkAll, checkEach, everyParameter, everySchema } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  requiredParameterNoDefault: (parameter: string) => `Internal parameter '${parameter}' is required but has no default, so no value can ever be sent.`,
  optionalParameterDefault: (parameter: string) => `Internal parameter '${parameter}' is optional, so its default is never sent; make it required.`,
  requiredPropertyNoDefault: (property: string) => `Internal property '${property}' is required but has no default.`,
  optionalPropertyDefault: (property: string) => `Internal property '${property}' is optional, so its default is never sent; list it in required.`,
};

/**
 * An internal value is never shown to the maker, so the platform can only send what the definition
 * supplies: a required internal value needs a default, and an optional one is never sent at all.
 */
const rule = defineRule({
  id: 'internal-parameter-default',
  description: 'Internal parameters and properties that are required have a default; optional internal ones are useless.',
  docs: ruleDocs('internal-parameter-default'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkAll(
    checkEach(everyParameter, (p) => {
      const param = p.parameter;
      if (param.in === 'body' || param['x-ms-visibility'] !== 'internal') return undefined;
      // The platform fills these itself: polling state (x-ms-trigger-value) and Logic Apps'
      // designer expressions (x-ms-scheduler-recommendation).
      if (param['x-ms-trigger-value'] !== undefined || param['x-ms-scheduler-recommendation'] !== undefined) return undefined;
      const at = pointer(p.definedAt);
      if (param.required === true && param.default === undefined) return { pointer: at, message: messages.requiredParameterNoDefault(String(param.name)) };
      if (param.required !== true && param.default !== undefined) return { pointer: at, message: messages.optionalParameterDefault(String(param.name)) };
      return undefined;
    }),
    checkEach(everySchema, ({ schema, at, root }) => {
      if (root !== 'body' && root !== 'definition') return undefined;
      const out: Finding[] = [];
      const required = new Set(asArray(schema.required));
      for (const [name, raw] of Object.entries(asObject(schema.properties) ?? {})) {
        const property = asObject(raw);
        if (!property || property['x-ms-visibility'] !== 'internal' || property['x-ms-notification-url'] === true) continue;
        if (required.has(name) && property.default === undefined && property.type !== 'object') out.push({ pointer: pointer(at, 'properties', name), message: messages.requiredPropertyNoDefault(name) });
        if (!required.has(name) && property.default !== undefined) out.push({ pointer: pointer(at, 'properties', name), message: messages.optionalPropertyDefault(name) });
      }
      return out;
    }),
  ),
});
export default rule;
