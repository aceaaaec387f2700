import { op, swagger, testRule } from '../testing.js';
import rule from './schema-file-type.js';

testRule(rule, {
  valid: [
    { name: 'a file response', swagger: swagger({ '/files/content': { get: op({ produces: ['application/octet-stream'], responses: { '200': { description: 'OK', schema: { type: 'file' } } } }) } }) },
    { name: 'a formData file', swagger: swagger({ '/files': { post: op({ consumes: ['multipart/form-data'], parameters: [{ name: 'f', in: 'formData', type: 'file' }] }) } }) },
  ],
  invalid: [
    { name: 'a file property', swagger: swagger(undefined, { definitions: { A: { type: 'object', properties: { f: { type: 'file' } } } } }), pointers: ['/definitions/A/properties/f/type'] },
    { name: 'a query file', swagger: swagger({ '/files': { get: op({ parameters: [{ name: 'f', in: 'query', type: 'file' }] }) } }), pointers: ['/paths/~1files/get/parameters/0/type'] },
  ],
});
