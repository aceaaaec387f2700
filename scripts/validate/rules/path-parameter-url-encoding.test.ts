import { op, pathParam, swagger, testRule } from '../testing.js';
import rule from './path-parameter-url-encoding.js';

testRule(rule, {
  valid: [{ name: 'single', swagger: swagger({ '/items/{id}': { get: op({ parameters: [pathParam('id')] }) } }) }],
  invalid: [
    {
      name: 'missing',
      swagger: swagger({ '/items/{id}': { get: op({ parameters: [pathParam('id', { 'x-ms-url-encoding': undefined })] }) } }),
      pointers: ['/paths/~1items~1{id}/get/parameters/0'],
      message: /"x-ms-url-encoding": "single"/,
    },
  ],
});
