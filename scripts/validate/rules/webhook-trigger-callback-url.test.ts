import { testRule } from '../testing.js';
import { callbackBody, subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-callback-url.js';

const CALLBACK = '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl';

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
  ],
  invalid: [
    { name: 'no callback property', swagger: webhookSwagger(subscribe({ parameters: [] })), pointers: ['/paths/~1hooks/post'], message: /callback URL/ },
    { name: 'not required', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({}, [])] })), pointers: [CALLBACK], message: /required/ },
    { name: 'visible', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ 'x-ms-visibility': 'important' })] })), pointers: [CALLBACK], message: /internal/ },
    { name: 'not a string', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ type: 'object' })] })), pointers: [CALLBACK], message: /string/ },
  ],
});
