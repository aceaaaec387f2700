import { op, swagger, testRule } from '../testing.js';
import rule from './response-success-required.js';

testRule(rule, {
  valid: [{ name: 'a 200', swagger: swagger() }, { name: 'a 202 only', swagger: swagger({ '/items': { post: op({ responses: { '202': { description: 'Accepted' } } }) } }) }],
  invalid: [{ name: 'only default', swagger: swagger({ '/items': { get: op({ responses: { default: { description: 'Error' } } }) } }), pointers: ['/paths/~1items/get/responses'] }],
});
