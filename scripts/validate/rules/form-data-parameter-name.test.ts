import { op, swagger, testRule } from '../testing.js';
import rule from './form-data-parameter-name.js';

const form = (name: string) => swagger({ '/upload': { post: op({ consumes: ['multipart/form-data'], parameters: [{ name, in: 'formData', type: 'string' }] }) } });

testRule(rule, {
  valid: [{ name: 'an ASCII name', swagger: form('file_name') }],
  invalid: [{ name: 'a non-ASCII name', swagger: form('größe'), pointers: ['/paths/~1upload/post/parameters/0/name'], message: /outside US-ASCII/ }],
});
