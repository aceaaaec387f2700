import { op, swagger, testRule } from '../testing.js';
import { subscribe } from '../webhook-fixtures.js';
import rule from './notification-extension.js';

const fetch = (overrides: object = {}) => op({ operationId: 'GetNewItems', 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'OnItemCreated' }, parameters: [{ name: 'folder', in: 'query', type: 'string' }], ...overrides });
const hook = subscribe({ parameters: [{ name: 'folder', in: 'query', type: 'string' }, { name: 'b', in: 'body', schema: { type: 'object' } }] });
const pair = (fetchOp: object, hookOp: object = hook) => swagger({ '/items': { get: fetchOp }, '/hooks': { post: hookOp } });

testRule(rule, {
  valid: [{ name: 'a polling trigger notified by a webhook', swagger: pair(fetch()) }],
  invalid: [
    { name: 'on an action', swagger: pair(fetch({ 'x-ms-trigger': undefined })), pointers: ['/paths/~1items/get/x-ms-notification'], message: /not a trigger/ },
    { name: 'on the webhook itself', swagger: swagger({ '/hooks': { post: { ...hook, 'x-ms-notification': { operationId: 'OnItemCreated' } } } }), pointers: ['/paths/~1hooks/post/x-ms-notification'], message: /webhook trigger/ },
    { name: 'naming an action', swagger: swagger({ '/items': { get: fetch({ 'x-ms-notification': { operationId: 'Other' } }) }, '/other': { post: op({ operationId: 'Other' }) } }), pointers: ['/paths/~1items/get/x-ms-notification/operationId'], message: /not a webhook operation/ },
    { name: 'a shared parameter of another type', swagger: pair(fetch({ parameters: [{ name: 'folder', in: 'query', type: 'integer' }] })), pointers: ['/paths/~1items/get/parameters/0'], message: /same type and x-ms-visibility/ },
  ],
});
