import { op, swagger, testRule } from '../testing.js';
import rule from './summary-required.js';

testRule(rule, {
  valid: [{ name: 'a summary', swagger: swagger() }],
  invalid: [
    { name: 'missing', swagger: swagger({ '/items': { get: op({ summary: undefined }) } }), pointers: ['/paths/~1items/get'] },
    { name: 'empty', swagger: swagger({ '/items': { get: op({ summary: '' }) } }), pointers: ['/paths/~1items/get'] },
  ],
});
