import { op, swagger, testRule } from '../testing.js';
import rule from './path-item-ref.js';

testRule(rule, {
  valid: [{ name: 'operations in place', swagger: swagger({ '/items': { get: op() } }) }],
  invalid: [{ name: 'a $ref on a path item', swagger: swagger({ '/items': { $ref: '#/x-paths/items' } }, { 'x-paths': { items: { get: op() } } }), pointers: ['/paths/~1items/$ref'], message: /does not support a \$ref on a path/ }],
});
