import { op, swagger, testRule } from '../testing.js';
import rule from './api-annotation-versioning.js';

const versioned = (revision: number, extra: object = {}) => op({ operationId: `GetItemV${revision}`, 'x-ms-api-annotation': { family: 'GetItem', revision }, ...extra });

testRule(rule, {
  valid: [
    {
      name: 'two active revisions and a deprecated one with its replacement',
      swagger: swagger({
        '/v1/items': { get: versioned(1, { deprecated: true, 'x-ms-api-annotation': { family: 'GetItem', revision: 1, replacement: { api: 'Contoso', operationId: 'GetItemV3' } } }) },
        '/v2/items': { get: versioned(2) },
        '/v3/items': { get: versioned(3) },
      }),
    },
  ],
  invalid: [
    {
      name: 'three active revisions',
      swagger: swagger({ '/v1/items': { get: versioned(1) }, '/v2/items': { get: versioned(2) }, '/v3/items': { get: versioned(3) } }),
      pointers: ['/paths/~1v3~1items/get/x-ms-api-annotation'],
    },
    { name: 'a replacement on an active operation', swagger: swagger({ '/v1/items': { get: op({ 'x-ms-api-annotation': { family: 'GetItem', revision: 1, replacement: { operationId: 'X' } } }) } }), pointers: ['/paths/~1v1~1items/get/x-ms-api-annotation/replacement'] },
    {
      name: 'a revision used twice',
      swagger: swagger({ '/v1/items': { get: versioned(1) }, '/v1b/items': { get: op({ operationId: 'Other', 'x-ms-api-annotation': { family: 'GetItem', revision: 1 } }) } }),
      pointers: ['/paths/~1v1b~1items/get/x-ms-api-annotation/revision'],
    },
  ],
});
