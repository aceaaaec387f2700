import { op, swagger, testRule } from '../testing.js';
import rule from './summary-length.js';

testRule(rule, {
  valid: [{ name: 'exactly 80 characters', swagger: swagger({ '/items': { get: op({ summary: 'A'.repeat(80) }) } }) }],
  invalid: [
    { name: '81 characters', swagger: swagger({ '/items': { get: op({ summary: 'A'.repeat(81) }) } }), pointers: ['/paths/~1items/get/summary'], message: /81 characters/ },
  ],
});
