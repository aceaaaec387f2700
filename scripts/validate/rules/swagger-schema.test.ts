import { op, swagger, testRule } from '../testing.js';
import rule from './swagger-schema.js';

testRule(rule, {
  valid: [
    { name: 'a minimal document', swagger: swagger() },
    { name: 'x- extensions anywhere', swagger: swagger({ '/items': { get: op({ 'x-ms-visibility': 'internal' }) } }, { 'x-contoso': 1 }) },
  ],
  invalid: [
    { name: 'wrong version', swagger: swagger(undefined, { swagger: '3.0' }), pointers: ['/swagger'], message: /"2\.0"/ },
    { name: 'templated host', swagger: swagger(undefined, { host: '{tenant}.contoso.com' }), pointers: ['/host'], message: /dynamichosturl/ },
    { name: 'missing info', swagger: { swagger: '2.0', paths: {} }, pointers: [''], message: /'info'/ },
    { name: 'unknown root key', swagger: swagger(undefined, { servers: [] }), pointers: ['/servers'], message: /not allowed/ },
    {
      name: 'a path parameter without required: one finding, not a oneOf dump',
      swagger: swagger({ '/items/{id}': { get: op({ parameters: [{ name: 'id', in: 'path', type: 'string' }] }) } }),
      pointers: ['/paths/~1items~1{id}/get/parameters/0'],
      message: /Parameter 'id' is missing the required property 'required'/,
    },
    {
      name: 'an unknown parameter location',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'c', in: 'cookie', type: 'string' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0'],
      message: /must be one of body, header/,
    },
    {
      name: 'a response without description',
      swagger: swagger({ '/items': { get: op({ responses: { '200': {} } }) } }),
      pointers: ['/paths/~1items/get/responses/200'],
      message: /'description'/,
    },
    { name: 'a document that is not an object', swagger: [], pointers: [''] },
  ],
});
