import { op, pathParam, swagger, testRule } from '../testing.js';
import rule from './extension-shape.js';

testRule(rule, {
  valid: [
    {
      name: 'well-formed extensions',
      swagger: swagger({
        '/items/{id}': {
          get: op({
            'x-ms-visibility': 'important',
            'x-ms-pageable': { nextLinkName: '@odata.nextLink' },
            parameters: [
              pathParam('id', {
                'x-ms-dynamic-values': { operationId: 'ListItems', 'value-path': 'id', parameters: { kind: { parameter: 'kind' } } },
                'x-ms-dynamic-list': { operationId: 'ListItems', itemValuePath: 'id', parameters: { kind: { parameterReference: 'kind' } } },
              }),
            ],
          }),
        },
      }),
    },
    { name: 'sample data holding extension-like keys', swagger: swagger(undefined, { definitions: { A: { type: 'object', example: { 'x-ms-visibility': 'nope' } } } }) },
    { name: 'a property named like an extension is a name, not an extension', swagger: swagger(undefined, { definitions: { A: { properties: { 'x-ms-visibility': { type: 'string' } } } } }) },
  ],
  invalid: [
    { name: 'an unknown visibility', swagger: swagger({ '/items': { get: op({ 'x-ms-visibility': 'hidden' }) } }), pointers: ['/paths/~1items/get/x-ms-visibility'], message: /"important", "advanced", "internal"/ },
    { name: 'a trigger kind', swagger: swagger({ '/items': { get: op({ 'x-ms-trigger': 'polling' }) } }), pointers: ['/paths/~1items/get/x-ms-trigger'] },
    { name: 'a string boolean', swagger: swagger(undefined, { definitions: { A: { type: 'string', 'x-ms-notification-url': 'true' } } }), pointers: ['/definitions/A/x-ms-notification-url'] },
    { name: 'polling metadata without mode', swagger: swagger({ '/items': { get: op({ 'x-ms-trigger-metadata': { kind: 'query' } }) } }), pointers: ['/paths/~1items/get/x-ms-trigger-metadata'], message: /'mode'/ },
    {
      name: 'a dynamic list parameter in the dynamic-values form',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'a', in: 'query', type: 'string', 'x-ms-dynamic-list': { operationId: 'X', parameters: { k: 'literal' } } }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/x-ms-dynamic-list'],
    },
    { name: 'pageable without nextLinkName', swagger: swagger({ '/items': { get: op({ 'x-ms-pageable': {} }) } }), pointers: ['/paths/~1items/get/x-ms-pageable'] },
  ],
});
