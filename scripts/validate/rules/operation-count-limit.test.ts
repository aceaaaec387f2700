import { op, swagger, testRule } from '../testing.js';
import rule from './operation-count-limit.js';

const withOperations = (count: number) =>
  swagger(Object.fromEntries(Array.from({ length: count }, (_, i) => [`/items${i}`, { get: op({ operationId: `Get${i}` }) }])));

testRule(rule, {
  valid: [{ name: '256 operations', swagger: withOperations(256) }],
  invalid: [{ name: '257 operations', swagger: withOperations(257), pointers: ['/paths'], message: /257 operations/ }],
});
