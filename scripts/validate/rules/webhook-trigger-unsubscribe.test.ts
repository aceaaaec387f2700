import { testRule } from '../testing.js';
import { subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-unsubscribe.js';

testRule(rule, {
  valid: [{ name: 'with a DELETE', swagger: webhookSwagger() }],
  invalid: [{ name: 'without a DELETE', swagger: webhookSwagger(subscribe(), undefined, false), pointers: ['/paths/~1hooks/post'], message: /DELETE/ }],
});
