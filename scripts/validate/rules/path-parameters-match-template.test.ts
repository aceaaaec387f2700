import { op, pathParam, swagger, testRule } from '../testing.js';
import rule from './path-parameters-match-template.js';

testRule(rule, {
  valid: [
    { name: 'declared on the operation', swagger: swagger({ '/items/{id}': { get: op({ parameters: [pathParam('id')] }) } }) },
    { name: 'declared on the path item', swagger: swagger({ '/items/{id}': { parameters: [pathParam('id')], get: op() } }) },
    { name: 'declared through a $ref', swagger: swagger({ '/items/{id}': { get: op({ parameters: [{ $ref: '#/parameters/Id' }] }) } }, { parameters: { Id: pathParam('id') } }) },
  ],
  invalid: [
    { name: 'a template variable without parameter', swagger: swagger({ '/items/{id}': { get: op() } }), pointers: ['/paths/~1items~1{id}/get'], message: /\{id\}/ },
    {
      name: 'a path parameter not in the template',
      swagger: swagger({ '/items': { get: op({ parameters: [pathParam('id')] }) } }),
      pointers: ['/paths/~1items/get/parameters/0'],
      message: /does not appear/,
    },
  ],
});
