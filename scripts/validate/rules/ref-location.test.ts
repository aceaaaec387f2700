import { op, swagger, testRule } from '../testing.js';
import rule from './ref-location.js';

const returning = (schema: object) =>
  swagger({ '/items': { get: op({ responses: { '200': { description: 'OK', schema } } }) } }, { definitions: { Item: { type: 'object', properties: { id: { type: 'string' } } } } });

testRule(rule, {
  valid: [
    { name: 'a definition', swagger: returning({ $ref: '#/definitions/Item' }) },
    // A $ref on a path item is path-item-ref's error, not a second finding here.
    { name: 'a path item $ref', swagger: swagger({ '/items': { $ref: '#/x-paths/items' } }) },
  ],
  invalid: [
    { name: 'deep inside a definition', swagger: returning({ $ref: '#/definitions/Item/properties/id' }), pointers: ['/paths/~1items/get/responses/200/schema/$ref'], message: /named entry/ },
    { name: 'inside paths', swagger: returning({ $ref: '#/paths/~1items/get/responses/200/schema' }), pointers: ['/paths/~1items/get/responses/200/schema/$ref'] },
  ],
});
