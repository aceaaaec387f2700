import { op, swagger, testRule } from '../testing.js';
import rule from './path-format.js';

testRule(rule, {
  valid: [{ name: 'plain and templated paths', swagger: swagger({ '/items': { get: op() }, '/items/{id}.json': { get: op({ operationId: 'B' }) } }) }],
  invalid: [
    { name: 'a path variable with a default', swagger: swagger({ '/items/{id=1}': { get: op() } }), pointers: ['/paths/~1items~1{id=1}'], message: /cannot have defaults/ },
    { name: 'no leading slash', swagger: swagger({ items: { get: op() } }), pointers: ['/paths/items'], message: /start with/ },
    { name: 'a query string', swagger: swagger({ '/items?all=true': { get: op() } }), pointers: ['/paths/~1items?all=true'], message: /'\?'/ },
    { name: 'a brace across segments', swagger: swagger({ '/items/{id/sub}': { get: op() } }), pointers: ['/paths/~1items~1{id~1sub}', '/paths/~1items~1{id~1sub}'] },
  ],
});
