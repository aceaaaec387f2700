import { op, swagger, testRule } from '../testing.js';
import rule from './consumes-required.js';

const body = { name: 'item', in: 'body', schema: { type: 'object' } };

testRule(rule, {
  valid: [
    { name: 'document-level consumes', swagger: swagger({ '/items': { post: op({ parameters: [body] }) } }) },
    { name: 'operation-level consumes', swagger: swagger({ '/items': { post: op({ consumes: ['application/json'], parameters: [body] }) } }, { consumes: undefined }) },
  ],
  invalid: [{ name: 'none', swagger: swagger({ '/items': { post: op({ parameters: [body] }) } }, { consumes: undefined }), pointers: ['/paths/~1items/post'], message: /consumes/ }],
});
