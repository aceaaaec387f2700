import { op, swagger, testRule } from '../testing.js';
import rule from './ref-target-exists.js';

const returning = (schema: object, root: Record<string, unknown> = {}) => swagger({ '/items': { get: op({ responses: { '200': { description: 'OK', schema } } }) } }, root);

testRule(rule, {
  valid: [
    { name: 'an existing definition', swagger: returning({ $ref: '#/definitions/Item' }, { definitions: { Item: { type: 'object' } } }) },
    { name: 'a property named $ref is not a reference', swagger: returning({ type: 'object', properties: { $ref: { type: 'string' } } }) },
    { name: 'an example holding $ref', swagger: returning({ type: 'object', example: { $ref: 'nowhere' } }) },
  ],
  invalid: [
    { name: 'a missing definition', swagger: returning({ $ref: '#/definitions/Nope' }), pointers: ['/paths/~1items/get/responses/200/schema/$ref'], message: /does not exist/ },
    { name: 'another file', swagger: returning({ $ref: 'common.json#/definitions/Item' }), pointers: ['/paths/~1items/get/responses/200/schema/$ref'], message: /another file/ },
    {
      name: 'inside a notification payload',
      swagger: swagger({ '/hooks': { 'x-ms-notification-content': { schema: { $ref: '#/definitions/Event' } }, post: op() } }),
      pointers: ['/paths/~1hooks/x-ms-notification-content/schema/$ref'],
    },
  ],
});
