import { expect, it } from 'vitest';
import { op, swagger, testRule } from '../testing.js';
import rule from './schema-string-binary-nested.js';

const withBody = (schema: unknown, definitions: unknown = {}) => swagger({ '/files': { post: op({ consumes: ['application/octet-stream'], parameters: [{ name: 'body', in: 'body', required: true, schema }] }) } }, { definitions });

testRule(rule, {
  valid: [
    { name: 'binary as the whole body', swagger: withBody({ type: 'string', format: 'binary' }) },
    { name: 'base64 inside a JSON body', swagger: withBody({ type: 'object', properties: { content: { type: 'string', format: 'byte' } } }) },
  ],
  invalid: [
    { name: 'a nested binary property', swagger: withBody({ type: 'object', properties: { file: { type: 'string', format: 'binary' } } }), pointers: ['/paths/~1files/post/parameters/0/schema/properties/file'], message: /format 'byte'/ },
    { name: 'nested through a $ref, reported where it is written', swagger: withBody({ $ref: '#/definitions/Upload' }, { Upload: { type: 'object', properties: { parts: { type: 'array', items: { type: 'string', format: 'binary' } } } } }), pointers: ['/definitions/Upload/properties/parts/items'] },
  ],
});

it('is a warning in custom (certified connectors have it) and an error in certification (InvalidStringBinaryProperty)', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
