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
    { name: 'a replacement on an active operation', swagger: swagger({ '/v1/items': { get: op({ 'x-ms-api-annotation': { family: 'GetItem', revision: 1, replacement: { api: 'Contoso', operationId: 'X' } } }) } }), pointers: ['/paths/~1v1~1items/get/x-ms-api-annotation/replacement'] },
    {
      name: 'a replacement without api',
      swagger: swagger({ '/v1/items': { get: op({ deprecated: true, 'x-ms-api-annotation': { family: 'GetItem', revision: 1, replacement: { operationId: 'GetItemV2' } } }) } }),
      pointers: ['/paths/~1v1~1items/get/x-ms-api-annotation/replacement'],
      message: /'api' is missing/,
    },
    { name: 'a revision 2 whose operationId lacks V2', swagger: swagger({ '/v2/items': { get: op({ operationId: 'GetItem', 'x-ms-api-annotation': { family: 'GetItem', revision: 2 } }) } }), pointers: ['/paths/~1v2~1items/get/operationId'], message: /end with 'V2'/ },
    {
      name: 'a family member without a revision',
      swagger: swagger({ '/v1/items': { get: op({ operationId: 'GetItem', 'x-ms-api-annotation': { family: 'GetItem' } }) }, '/v2/items': { get: versioned(2) } }),
      pointers: ['/paths/~1v1~1items/get/x-ms-api-annotation'],
      message: /gives no revision/,
    },
    {
      name: 'two active Production operations in a family',
      swagger: swagger({ '/v1/items': { get: versioned(1, { 'x-ms-api-annotation': { family: 'GetItem', revision: 1, status: 'Production' } }) }, '/v2/items': { get: versioned(2, { 'x-ms-api-annotation': { family: 'GetItem', revision: 2, status: 'Production' } }) } }),
      pointers: ['/paths/~1v2~1items/get/x-ms-api-annotation/status'],
    },
    {
      name: 'a revision used twice',
      swagger: swagger({ '/v1/items': { get: versioned(1) }, '/v1b/items': { get: op({ operationId: 'Other', 'x-ms-api-annotation': { family: 'GetItem', revision: 1 } }) } }),
      pointers: ['/paths/~1v1b~1items/get/x-ms-api-annotation/revision'],
    },
  ],
});
