import { swagger, testRule } from '../testing.js';
import rule from './ref-only-entry.js';

testRule(rule, {
  valid: [{ name: 'definitions with content', swagger: swagger(undefined, { definitions: { Item: { type: 'object' }, List: { type: 'array', items: { $ref: '#/definitions/Item' } } } }) }],
  invalid: [
    { name: 'a definition that is only a $ref', swagger: swagger(undefined, { definitions: { Item: { type: 'object' }, Alias: { $ref: '#/definitions/Item' } } }), pointers: ['/definitions/Alias/$ref'], message: /Definition 'Alias' is nothing but a \$ref/ },
    { name: 'a parameter that is only a $ref', swagger: swagger(undefined, { parameters: { id: { name: 'id', in: 'path', required: true, type: 'string' }, other: { $ref: '#/parameters/id' } } }), pointers: ['/parameters/other/$ref'] },
    { name: 'a response that is only a $ref', swagger: swagger(undefined, { responses: { ok: { description: 'OK' }, fine: { $ref: '#/responses/ok' } } }), pointers: ['/responses/fine/$ref'] },
  ],
});
