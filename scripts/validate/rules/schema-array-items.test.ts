import { op, swagger, testRule } from '../testing.js';
import rule from './schema-array-items.js';

testRule(rule, {
  valid: [
    { name: 'an array with items', swagger: swagger(undefined, { definitions: { List: { type: 'array', items: { type: 'string' } } } }) },
    { name: 'a query array with items', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' } }] }) } }) },
  ],
  invalid: [
    { name: 'a nested array without items', swagger: swagger(undefined, { definitions: { A: { type: 'object', properties: { tags: { type: 'array' } } } } }), pointers: ['/definitions/A/properties/tags'] },
    { name: 'a query array without items', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'ids', in: 'query', type: 'array' }] }) } }), pointers: ['/paths/~1items/get/parameters/0'] },
  ],
});
