import { swagger, testRule } from '../testing.js';
import rule from './file-byte-order-mark.js';

testRule(rule, {
  valid: [{ name: 'plain UTF-8', swagger: swagger(), text: '{"swagger": "2.0"}' }],
  invalid: [{ name: 'a byte-order mark', swagger: swagger(), text: '\ufeff{"swagger": "2.0"}', pointers: [''], message: /byte-order mark/ }],
});
