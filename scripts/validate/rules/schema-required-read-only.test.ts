import { op, swagger, testRule } from '../testing.js';
import rule from './schema-required-read-only.js';

const withBody = (schema: unknown, definitions: unknown = {}) => swagger({ '/items': { post: op({ consumes: ['application/json'], parameters: [{ name: 'body', in: 'body', required: true, schema }] }) } }, { definitions });
const item = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } };

testRule(rule, {
  valid: [
    { name: 'readOnly but optional', swagger: withBody({ type: 'object', required: ['name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } }) },
    // In a response, required and readOnly together are normal.
    { name: 'only in a response', swagger: swagger({ '/items': { get: op({ responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Item' } } } }) } }, { definitions: { Item: item } }) },
  ],
  invalid: [
    { name: 'required and readOnly in a body', swagger: withBody(item), pointers: ['/paths/~1items/post/parameters/0/schema/properties/id/readOnly'], message: /'id' is required and readOnly in the body of POST \/items/ },
    { name: 'through a $ref, reported in the definition', swagger: withBody({ $ref: '#/definitions/Item' }, { Item: item }), pointers: ['/definitions/Item/properties/id/readOnly'] },
  ],
});
