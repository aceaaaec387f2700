import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-brand-color-default.js';

testRule(rule, {
  valid: [{ name: 'a brand colour', apiProperties: apiProperties({ iconBrandColor: '#3a6ea5' }), profile: 'certification' }],
  invalid: [
    { name: 'the default blue', apiProperties: apiProperties({ iconBrandColor: '#007EE5' }), pointers: ['/properties/iconBrandColor'], message: /default/ },
    { name: 'white', apiProperties: apiProperties({ iconBrandColor: '#ffffff' }), pointers: ['/properties/iconBrandColor'], message: /white/ },
  ],
});
