import { op, swagger, testRule } from '../testing.js';
import rule from './response-single-schema.js';

const ok = { description: 'OK', schema: { type: 'object' } };

testRule(rule, {
  valid: [{ name: 'one schema', swagger: swagger({ '/items': { get: op({ responses: { '200': ok, '404': { description: 'Not found' } } }) } }) }],
  invalid: [
    { name: 'two schemas', swagger: swagger({ '/items': { get: op({ responses: { '200': ok, '400': ok } }) } }), pointers: ['/paths/~1items/get/responses/400/schema'], message: /besides response 200/ },
  ],
});
