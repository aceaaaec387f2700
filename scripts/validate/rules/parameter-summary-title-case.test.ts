import { op, swagger, testRule } from '../testing.js';
import rule from './parameter-summary-title-case.js';

const q = (summary: string) => ({ name: 'q', in: 'query', type: 'string', 'x-ms-summary': summary });

testRule(rule, {
  valid: [{ name: 'Title Case with small words', swagger: swagger({ '/items': { get: op({ parameters: [q('Name of the Item')] }) } }), profile: 'certification' }],
  invalid: [
    { name: 'sentence case', swagger: swagger({ '/items': { get: op({ parameters: [q('Name of the item')] }) } }), pointers: ['/paths/~1items/get/parameters/0/x-ms-summary'], message: /Title Case/ },
    {
      name: 'a long property summary',
      swagger: swagger(undefined, { definitions: { A: { type: 'object', properties: { a: { type: 'string', 'x-ms-summary': 'A'.repeat(81) } } } } }),
      pointers: ['/definitions/A/properties/a/x-ms-summary'],
    },
  ],
});
