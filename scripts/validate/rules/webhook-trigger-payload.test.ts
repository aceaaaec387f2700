import { testRule } from '../testing.js';
import { subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-payload.js';

testRule(rule, {
  valid: [{ name: 'payload on the path item', swagger: webhookSwagger() }],
  invalid: [
    { name: 'no payload', swagger: webhookSwagger(subscribe(), {}), pointers: ['/paths/~1hooks'], message: /no outputs/ },
    {
      name: 'payload on the operation',
      swagger: webhookSwagger(subscribe({ 'x-ms-notification-content': { schema: { type: 'object' } } }), {}),
      pointers: ['/paths/~1hooks'],
      message: /move it to the path item/,
    },
  ],
});
