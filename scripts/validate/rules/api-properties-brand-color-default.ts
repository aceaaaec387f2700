import { asObject } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

const DEFAULTS = ['#007ee5', '#ffffff'];

const messages = {
  notBrandColor: (color: string) => `iconBrandColor ${color} is ${color.toLowerCase() === '#ffffff' ? 'white' : 'the default colour'}; use your brand colour (independent publishers use #da3b01).`,
};

/** Certification wants a real brand colour: not the default blue and not white. */
const rule = defineRule({
  id: 'api-properties-brand-color-default',
  description: 'iconBrandColor is a real brand colour, not #007ee5 (default) or #ffffff (certification).',
  docs: ruleDocs('api-properties-brand-color-default'),
  appliesTo: 'apiProperties',
  messages,
  severity: { certification: 'error' },
  check(ctx) {
    const color = asObject(ctx.apiProperties?.properties)?.iconBrandColor;
    if (typeof color !== 'string' || !DEFAULTS.includes(color.toLowerCase())) return [];
    return [{ pointer: '/properties/iconBrandColor', message: messages.notBrandColor(color) }];
  },
});
export default rule;
