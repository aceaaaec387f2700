import { op, swagger, testRule } from '../testing.js';
import rule from './ref-siblings.js';

const returning = (schema: object) => swagger({ '/items': { get: op({ responses: { '200': { description: 'OK', schema } } }) } }, { definitions: { Item: { type: 'object' } } });

testRule(rule, {
  valid: [
    { name: 'a bare $ref', swagger: returning({ $ref: '#/definitions/Item' }) },
    { name: 'a description next to allOf', swagger: returning({ description: 'The item.', allOf: [{ $ref: '#/definitions/Item' }] }) },
  ],
  invalid: [
    { name: 'a description next to $ref', swagger: returning({ $ref: '#/definitions/Item', description: 'The item.' }), pointers: ['/paths/~1items/get/responses/200/schema/description'], message: /ignored/ },
  ],
});
