import { op, swagger, testRule } from '../testing.js';
import rule from './media-type-supported.js';

testRule(rule, {
  valid: [{ name: 'JSON with a charset', swagger: swagger(undefined, { produces: ['application/json; charset=utf-8'] }) }],
  invalid: [{ name: 'a vendor type', swagger: swagger({ '/items': { get: op({ produces: ['application/vnd.contoso+json'] }) } }), pointers: ['/paths/~1items/get/produces/0'] }],
});
