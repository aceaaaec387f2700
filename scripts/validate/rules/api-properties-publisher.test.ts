import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-publisher.js';

testRule(rule, {
  valid: [{ name: 'both set', apiProperties: apiProperties({ publisher: 'Contoso', stackOwner: 'Contoso' }), profile: 'certification' }],
  invalid: [{ name: 'neither', apiProperties: apiProperties(), pointers: ['/properties', '/properties'], message: /required for certification/ }],
});
