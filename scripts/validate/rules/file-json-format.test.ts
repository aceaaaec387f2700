import { swagger, testRule } from '../testing.js';
import rule from './file-json-format.js';

testRule(rule, {
  valid: [{ name: 'JSON', swagger: swagger(), format: 'json' }],
  invalid: [{ name: 'YAML', swagger: swagger(), format: 'yaml', pointers: [''], message: /convert it to JSON/ }],
});
