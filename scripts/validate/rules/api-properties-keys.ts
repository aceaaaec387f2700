import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The keys paconn sends and the platform accepts: the schema's six plus three it misses. */
export const PROPERTY_KEYS = [
  'iconBrandColor', 'publisher', 'stackOwner', 'capabilities', 'connectionParameters', 'policyTemplateInstances',
  'scriptOperations', 'connectionParameterSets', 'script',
];

const rule = defineRule({
  id: 'api-properties-keys',
  description: 'apiProperties has a `properties` object (and nothing else at its root) with iconBrandColor.',
  docs: ruleDocs('api-properties-keys'),
  appliesTo: 'apiProperties',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const doc = ctx.apiProperties;
    if (!doc) return [{ pointer: '', message: 'apiProperties must be a JSON object.' }];
    const out: Finding[] = [];
    for (const key of Object.keys(doc)) {
      if (key !== 'properties' && key !== '$schema') out.push({ pointer: pointer([key]), message: `'${key}' is not allowed at the root of apiProperties; only 'properties'.` });
    }
    const properties = asObject(doc.properties);
    if (!properties) return [...out, { pointer: '', message: "apiProperties has no 'properties' object." }];
    if (properties.iconBrandColor === undefined) out.push({ pointer: '/properties', message: 'iconBrandColor is required.' });
    const capabilities = properties.capabilities;
    if (capabilities !== undefined && (!Array.isArray(capabilities) || capabilities.some((c) => typeof c !== 'string'))) {
      out.push({ pointer: '/properties/capabilities', message: 'capabilities must be an array of strings (usually [] or ["actions"]).' });
    }
    return out;
  },
});
export default rule;
