import { op, swagger, testRule } from '../testing.js';
import rule from './path-case-insensitive-duplicate.js';

testRule(rule, {
  valid: [{ name: 'distinct paths', swagger: swagger({ '/items': { get: op() }, '/tasks': { get: op({ operationId: 'B' }) } }) }],
  invalid: [
    {
      name: 'paths that differ in case',
      swagger: swagger({ '/items': { get: op() }, '/Items': { post: op({ operationId: 'B' }) } }),
      pointers: ['/paths/~1Items'],
      message: /duplicates '\/items'/,
    },
  ],
});
