import { op, swagger, testRule } from '../testing.js';
import rule from './operation-id-characters.js';

const withId = (operationId: string) => swagger({ '/items': { get: op({ operationId }) } });

testRule(rule, {
  valid: [
    { name: 'letters and digits', swagger: withId('GetItemV2') },
    { name: 'an underscore (used by certified connectors)', swagger: withId('GetItem_V2') },
  ],
  invalid: [
    { name: 'a hyphen', swagger: withId('Get-Item'), pointers: ['/paths/~1items/get/operationId'], message: /characters other than/ },
    { name: 'a space', swagger: withId('Get Item'), pointers: ['/paths/~1items/get/operationId'] },
    { name: 'too long', swagger: withId('A'.repeat(81)), pointers: ['/paths/~1items/get/operationId'], message: /81 characters/ },
  ],
});
