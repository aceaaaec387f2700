import { op, swagger, testRule } from '../testing.js';
import rule from './response-headers-unique.js';

const withHeaders = (headers: object) => swagger({ '/items': { post: op({ responses: { '201': { description: 'Created', headers } } }) } });

testRule(rule, {
  valid: [{ name: 'distinct headers', swagger: withHeaders({ Location: { type: 'string' }, 'Retry-After': { type: 'integer' } }) }],
  invalid: [{ name: 'one header in two cases', swagger: withHeaders({ Location: { type: 'string' }, location: { type: 'string' } }), pointers: ['/paths/~1items/post/responses/201/headers/location'], message: /same header/ }],
});
