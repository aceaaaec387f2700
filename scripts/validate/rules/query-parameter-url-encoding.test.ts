import { op, swagger, testRule } from '../testing.js';
import rule from './query-parameter-url-encoding.js';

testRule(rule, {
  valid: [{ name: 'a plain query parameter', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'q', in: 'query', type: 'string' }] }) } }) }],
  invalid: [
    {
      name: 'x-ms-url-encoding on a query parameter',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/x-ms-url-encoding'],
    },
  ],
});
