import { op, pathParam, swagger, testRule } from '../testing.js';
import rule from './path-parameter-required.js';

testRule(rule, {
  valid: [{ name: 'required: true', swagger: swagger({ '/items/{id}': { get: op({ parameters: [pathParam('id')] }) } }) }],
  invalid: [
    { name: 'required: false', swagger: swagger({ '/items/{id}': { get: op({ parameters: [pathParam('id', { required: false })] }) } }), pointers: ['/paths/~1items~1{id}/get/parameters/0'], message: /"required": true/ },
    {
      name: 'missing, reported once at the shared definition',
      swagger: swagger(
        { '/items/{id}': { get: op({ parameters: [{ $ref: '#/parameters/Id' }] }), delete: op({ operationId: 'B', parameters: [{ $ref: '#/parameters/Id' }] }) } },
        { parameters: { Id: { name: 'id', in: 'path', type: 'string' } } },
      ),
      pointers: ['/parameters/Id'],
    },
  ],
});
