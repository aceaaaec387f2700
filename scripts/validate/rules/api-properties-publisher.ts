import { asObject } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** Certification requires publisher and stackOwner. */
const rule = defineRule({
  id: 'api-properties-publisher',
  description: 'publisher and stackOwner are set (certification).',
  docs: ruleDocs('api-properties-publisher'),
  appliesTo: 'apiProperties',
  severity: { certification: 'error' },
  check(ctx) {
    const properties = asObject(ctx.apiProperties?.properties);
    if (!properties) return [];
    const out: Finding[] = [];
    for (const key of ['publisher', 'stackOwner']) {
      const value = properties[key];
      if (typeof value !== 'string' || value.trim() === '') out.push({ pointer: '/properties', message: `${key} is required for certification.` });
    }
    return out;
  },
});
export default rule;
