import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

/** The icon background is iconBrandColor; the platform expects #RRGGBB. */
const rule = defineRule({
  id: 'api-properties-brand-color',
  description: 'iconBrandColor is a #RRGGBB colour.',
  docs: ruleDocs('api-properties-brand-color'),
  appliesTo: 'apiProperties',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const color = asObject(ctx.apiProperties?.properties)?.iconBrandColor;
    if (color === undefined || (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color))) return [];
    return [{ pointer: '/properties/iconBrandColor', message: `iconBrandColor ${JSON.stringify(color)} is not a #RRGGBB colour.` }];
  },
});
export default rule;
