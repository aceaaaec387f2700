import { op, swagger, testRule } from '../testing.js';
import rule from './operation-id-required.js';

testRule(rule, {
  valid: [{ name: 'an operationId', swagger: swagger() }],
  invalid: [
    { name: 'missing', swagger: swagger({ '/items': { get: op({ operationId: undefined }) } }), pointers: ['/paths/~1items/get'], message: /GET \/items/ },
    { name: 'blank', swagger: swagger({ '/items': { post: op({ operationId: ' ' }) } }), pointers: ['/paths/~1items/post'] },
  ],
});
