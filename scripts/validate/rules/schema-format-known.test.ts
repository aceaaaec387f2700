import { op, swagger, testRule } from '../testing.js';
import rule from './schema-format-known.js';

testRule(rule, {
  valid: [
    { name: 'Power Platform formats', swagger: swagger(undefined, { definitions: { A: { type: 'object', properties: { d: { type: 'string', format: 'date-no-tz' }, h: { type: 'string', format: 'html' } } } } }) },
  ],
  invalid: [
    { name: 'an unknown schema format', swagger: swagger(undefined, { definitions: { A: { type: 'string', format: 'phone' } } }), pointers: ['/definitions/A/format'], message: /"phone"/ },
    { name: 'an unknown parameter format', swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'd', in: 'query', type: 'string', format: 'datetime' }] }) } }), pointers: ['/paths/~1items/get/parameters/0/format'] },
  ],
});
