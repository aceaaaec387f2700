import { swagger, testRule } from '../testing.js';
import rule from './tags-unique.js';

testRule(rule, {
  valid: [{ name: 'distinct tags', swagger: swagger(undefined, { tags: [{ name: 'Items' }, { name: 'Orders' }] }) }],
  invalid: [{ name: 'one name twice, with different descriptions', swagger: swagger(undefined, { tags: [{ name: 'Items', description: 'A' }, { name: 'Items', description: 'B' }] }), pointers: ['/tags/1'], message: /already defined at tags\/0/ }],
});
