import { op, pathParam, swagger, testRule } from '../testing.js';
import rule from './path-parameter-name-duplicate.js';

testRule(rule, {
  valid: [
    {
      name: 'a static segment difference',
      swagger: swagger({
        '/items/{id}': { get: op({ parameters: [pathParam('id')] }) },
        '/items/byName/{name}': { get: op({ operationId: 'B', parameters: [pathParam('name')] }) },
      }),
    },
    {
      name: 'only the parameter name differs, but not the method',
      swagger: swagger({
        '/items/{id}': { get: op({ parameters: [pathParam('id')] }) },
        '/items/{name}': { delete: op({ operationId: 'B', parameters: [pathParam('name')] }) },
      }),
    },
  ],
  invalid: [
    {
      name: 'only the parameter name differs',
      swagger: swagger({
        '/items/{id}': { get: op({ parameters: [pathParam('id')] }) },
        '/items/{name}': { delete: op({ operationId: 'C', parameters: [pathParam('name')] }), get: op({ operationId: 'B', parameters: [pathParam('name')] }) },
      }),
      pointers: ['/paths/~1items~1{name}/get'],
      message: /only in parameter names/,
    },
  ],
});
