import { op, swagger, testRule } from '../testing.js';
import { webhookSwagger } from '../webhook-fixtures.js';
import rule from './notification-url-placement.js';

testRule(rule, {
  valid: [
    { name: 'in the trigger body', swagger: webhookSwagger() },
    { name: 'in a definition', swagger: swagger(undefined, { definitions: { Hook: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } }) },
  ],
  invalid: [
    {
      name: 'on a query parameter',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'cb', in: 'query', type: 'string', 'x-ms-notification-url': true }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/x-ms-notification-url'],
    },
    {
      name: 'in the body of an action',
      swagger: swagger({ '/items': { post: op({ parameters: [{ name: 'b', in: 'body', schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } }] }) } }),
      pointers: ['/paths/~1items/post/parameters/0/schema/properties/url/x-ms-notification-url'],
    },
  ],
});
