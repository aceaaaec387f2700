import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notHexColor: (color: unknown) => `iconBrandColor ${JSON.stringify(color)} is not a #RRGGBB colour.`,
};

/** The icon background is iconBrandColor; the platform expects #RRGGBB. */
const rule = defineRule({
  id: 'api-properties-brand-color',
  description: 'iconBrandColor is a #RRGGBB colour.',
  docs: ruleDocs('api-properties-brand-color'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const color = asObject(ctx.apiProperties?.properties)?.iconBrandColor;
    if (color === undefined || (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color))) return [];
    return [{ pointer: '/properties/iconBrandColor', message: messages.notHexColor(color) }];
  },
});
export default rule;
