import { op, swagger, testRule } from '../testing.js';
import rule from './response-code-valid.js';

testRule(rule, {
  valid: [{ name: '200 and default', swagger: swagger({ '/items': { get: op({ responses: { '200': { description: 'OK' }, default: { description: 'Error' } } }) } }) }],
  invalid: [{ name: '600', swagger: swagger({ '/items': { get: op({ responses: { '600': { description: 'Odd' } } }) } }), pointers: ['/paths/~1items/get/responses/600'] }],
});
