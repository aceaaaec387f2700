import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The keys paconn sends and the platform accepts: the schema's six plus three it misses. */
export const PROPERTY_KEYS = [
  'iconBrandColor', 'publisher', 'stackOwner', 'capabilities', 'connectionParameters', 'policyTemplateInstances',
  'scriptOperations', 'connectionParameterSets', 'script',
];

const messages = {
  notObject: () => 'apiProperties must be a JSON object.',
  rootKey: (key: string) => `'${key}' is not allowed at the root of apiProperties; only 'properties'.`,
  noProperties: () => "apiProperties has no 'properties' object.",
  noIconBrandColor: () => 'iconBrandColor is required.',
  capabilitiesNotStrings: () => 'capabilities must be an array of strings (usually [] or ["actions"]).',
};

const rule = defineRule({
  id: 'api-properties-keys',
  description: 'apiProperties has a `properties` object (and nothing else at its root) with iconBrandColor.',
  docs: ruleDocs('api-properties-keys'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const doc = ctx.apiProperties;
    if (!doc) return [{ pointer: '', message: messages.notObject() }];
    const out: Finding[] = [];
    for (const key of Object.keys(doc)) {
      if (key !== 'properties' && key !== '$schema') out.push({ pointer: pointer([key]), message: messages.rootKey(key) });
    }
    const properties = asObject(doc.properties);
    if (!properties) return [...out, { pointer: '', message: messages.noProperties() }];
    if (properties.iconBrandColor === undefined) out.push({ pointer: '/properties', message: messages.noIconBrandColor() });
    const capabilities = properties.capabilities;
    if (capabilities !== undefined && (!Array.isArray(capabilities) || capabilities.some((c) => typeof c !== 'string'))) {
      out.push({ pointer: '/properties/capabilities', message: messages.capabilitiesNotStrings() });
    }
    return out;
  },
});
export default rule;
