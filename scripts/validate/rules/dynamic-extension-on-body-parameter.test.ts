import { goodSchema, lookupSwagger } from '../dynamic-fixtures.js';
import { op, swagger, testRule } from '../testing.js';
import rule from './dynamic-extension-on-body-parameter.js';

testRule(rule, {
  valid: [{ name: 'on the body schema', swagger: lookupSwagger() }],
  invalid: [
    {
      name: 'on the body parameter',
      swagger: swagger({ '/items': { post: op({ parameters: [{ name: 'item', in: 'body', schema: { type: 'object' }, 'x-ms-dynamic-schema': goodSchema }] }) } }),
      pointers: ['/paths/~1items/post/parameters/0/x-ms-dynamic-schema'],
      message: /to its schema/,
    },
  ],
});
