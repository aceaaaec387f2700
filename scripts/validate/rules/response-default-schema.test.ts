import { op, swagger, testRule } from '../testing.js';
import rule from './response-default-schema.js';

const ok = { description: 'OK', schema: { type: 'object' } };

testRule(rule, {
  valid: [{ name: 'default without schema', swagger: swagger({ '/items': { get: op({ responses: { '200': ok, default: { description: 'Error' } } }) } }) }],
  invalid: [{ name: 'default with schema', swagger: swagger({ '/items': { get: op({ responses: { '200': ok, default: ok } }) } }), pointers: ['/paths/~1items/get/responses/default'] }],
});
