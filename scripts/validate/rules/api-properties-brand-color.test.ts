import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-brand-color.js';

testRule(rule, {
  valid: [{ name: '#RRGGBB', apiProperties: apiProperties({ iconBrandColor: '#DA3B01' }) }],
  invalid: [
    { name: 'a name', apiProperties: apiProperties({ iconBrandColor: 'blue' }), pointers: ['/properties/iconBrandColor'] },
    { name: 'a short form', apiProperties: apiProperties({ iconBrandColor: '#fff' }), pointers: ['/properties/iconBrandColor'] },
  ],
});
