import { asObject } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  missing: (key: 'publisher' | 'stackOwner') => `${key} is required for certification.`,
};

/** Certification requires publisher and stackOwner. */
const rule = defineRule({
  id: 'api-properties-publisher',
  description: 'publisher and stackOwner are set (certification).',
  docs: ruleDocs('api-properties-publisher'),
  appliesTo: 'apiProperties',
  messages,
  severity: { certification: 'error' },
  check(ctx) {
    const properties = asObject(ctx.apiProperties?.properties);
    if (!properties) return [];
    const out: Finding[] = [];
    for (const key of ['publisher', 'stackOwner'] as const) {
      const value = properties[key];
      if (typeof value !== 'string' || value.trim() === '') out.push({ pointer: '/properties', message: messages.missing(key) });
    }
    return out;
  },
});
export default rule;
