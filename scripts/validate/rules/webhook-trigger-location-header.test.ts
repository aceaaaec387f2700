import { testRule } from '../testing.js';
import { subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-location-header.js';

testRule(rule, {
  valid: [
    { name: '201 with Location', swagger: webhookSwagger() },
    // No success response at all is response-success-required's (or operation-responses-required's) finding.
    { name: 'no 2xx response at all', swagger: webhookSwagger(subscribe({ responses: { default: { description: 'Error' } } })) },
  ],
  invalid: [
    { name: '201 without Location', swagger: webhookSwagger(subscribe({ responses: { '201': { description: 'Created' } } })), pointers: ['/paths/~1hooks/post/responses/201'] },
    { name: 'no 201', swagger: webhookSwagger(subscribe({ responses: { '200': { description: 'OK' } } })), pointers: ['/paths/~1hooks/post/responses'] },
  ],
});
