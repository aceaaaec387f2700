import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-stack-owner.js';

testRule(rule, {
  valid: [{ name: 'no stackOwner', apiProperties: apiProperties({ publisher: 'Contoso' }) }],
  invalid: [{ name: 'stackOwner present', apiProperties: apiProperties({ stackOwner: 'Contoso' }), pointers: ['/properties/stackOwner'], message: /paconn update/ }],
});
