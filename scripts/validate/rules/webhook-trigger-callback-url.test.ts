import { testRule } from '../testing.js';
import { callbackBody, subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-callback-url.js';

testRule(rule, {
  valid: [
    { name: 'a required internal string', swagger: webhookSwagger() },
    {
      name: 'inside an internal required object, through a $ref',
      swagger: {
        ...webhookSwagger(subscribe({ parameters: [{ name: 'b', in: 'body', required: true, schema: { $ref: '#/definitions/Hook' } }] })),
        definitions: {
          Item: { type: 'object' },
          Hook: { type: 'object', required: ['target'], properties: { target: { type: 'object', 'x-ms-visibility': 'internal', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } },
        },
      },
    },
    {
      name: 'a GET with x-ms-trigger: single (a polling trigger returning one object)',
      swagger: { ...webhookSwagger(), paths: { '/status': { get: subscribe({ parameters: [] }) } } },
    },
  ],
  invalid: [
    { name: 'no callback property', swagger: webhookSwagger(subscribe({ parameters: [] })), pointers: ['/paths/~1hooks/post'], message: /callback URL/ },
    { name: 'a callback flag that is false', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ 'x-ms-notification-url': false })] })), pointers: ['/paths/~1hooks/post'] },
  ],
});
