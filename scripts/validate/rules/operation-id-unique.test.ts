import { op, swagger, testRule } from '../testing.js';
import rule from './operation-id-unique.js';

testRule(rule, {
  valid: [{ name: 'distinct ids', swagger: swagger({ '/items': { get: op(), post: op({ operationId: 'CreateItem' }) } }) }],
  invalid: [
    {
      name: 'the same id twice',
      swagger: swagger({ '/items': { get: op() }, '/other': { get: op() } }),
      pointers: ['/paths/~1other/get/operationId'],
      message: /already used by GET \/items/,
    },
    {
      name: 'the same id three times',
      swagger: swagger({ '/items': { get: op(), post: op() }, '/other': { get: op() } }),
      pointers: ['/paths/~1items/post/operationId', '/paths/~1other/get/operationId'],
    },
  ],
});
