import { testRule } from '../testing.js';
import { subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-location-header.js';

testRule(rule, {
  valid: [{ name: '201 with Location', swagger: webhookSwagger() }],
  invalid: [
    { name: '201 without Location', swagger: webhookSwagger(subscribe({ responses: { '201': { description: 'Created' } } })), pointers: ['/paths/~1hooks/post/responses/201'] },
    { name: 'no 201', swagger: webhookSwagger(subscribe({ responses: { '200': { description: 'OK' } } })), pointers: ['/paths/~1hooks/post/responses'] },
  ],
});
