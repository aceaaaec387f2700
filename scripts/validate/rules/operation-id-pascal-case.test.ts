import { op, swagger, testRule } from '../testing.js';
import rule from './operation-id-pascal-case.js';

testRule(rule, {
  valid: [{ name: 'PascalCase', swagger: swagger({ '/items': { get: op({ operationId: 'ListItems' }) } }) }],
  invalid: [
    {
      name: 'camelCase',
      swagger: swagger({ '/items': { get: op({ operationId: 'listItems' }) } }),
      pointers: ['/paths/~1items/get/operationId'],
      message: /'ListItems'/,
    },
  ],
});
