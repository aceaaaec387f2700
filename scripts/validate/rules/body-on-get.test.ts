import { op, swagger, testRule } from '../testing.js';
import rule from './body-on-get.js';

const body = { name: 'item', in: 'body', schema: { type: 'object' } };

testRule(rule, {
  valid: [{ name: 'a body on POST', swagger: swagger({ '/items': { post: op({ parameters: [body] }) } }) }],
  invalid: [{ name: 'a body on GET', swagger: swagger({ '/items': { get: op({ parameters: [body] }) } }), pointers: ['/paths/~1items/get/parameters/0'], message: /GET \/items/ }],
});
