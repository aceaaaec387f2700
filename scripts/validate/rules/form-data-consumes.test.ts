import { expect, it } from 'vitest';
import { op, swagger, testRule } from '../testing.js';
import rule from './form-data-consumes.js';

const field = { name: 'f', in: 'formData', type: 'string' };
const file = { name: 'upload', in: 'formData', type: 'file' };

testRule(rule, {
  valid: [
    { name: 'urlencoded fields', swagger: swagger({ '/items': { post: op({ consumes: ['application/x-www-form-urlencoded'], parameters: [field] }) } }) },
    { name: 'a multipart file', swagger: swagger({ '/items': { post: op({ consumes: ['multipart/form-data'], parameters: [file] }) } }) },
  ],
  invalid: [
    {
      name: 'string/binary in a urlencoded form',
      swagger: swagger({ '/upload': { post: op({ consumes: ['application/x-www-form-urlencoded'], parameters: [{ name: 'data', in: 'formData', type: 'string', format: 'binary' }] }) } }),
      pointers: ['/paths/~1upload/post/parameters/0'],
      message: /form-urlencoded body cannot carry/,
    },
    { name: 'JSON only', swagger: swagger({ '/items': { post: op({ parameters: [field] }) } }), pointers: ['/paths/~1items/post'], message: /multipart/ },
    { name: 'a file without multipart', swagger: swagger({ '/items': { post: op({ consumes: ['application/x-www-form-urlencoded'], parameters: [file] }) } }), pointers: ['/paths/~1items/post/parameters/0'] },
  ],
});

it('is a warning in custom (Microsoft accepts it, no error on its list covers it) and an error in certification', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
