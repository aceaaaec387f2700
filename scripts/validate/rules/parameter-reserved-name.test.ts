import { op, swagger, testRule } from '../testing.js';
import rule from './parameter-reserved-name.js';

testRule(rule, {
  valid: [{ name: 'ordinary names', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'connection', in: 'query', type: 'string' }] }) } }) }],
  invalid: [
    {
      name: 'connectionId in any case',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'ConnectionId', in: 'query', type: 'string' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/name'],
      message: /reserved/,
    },
  ],
});
