import { expect, it } from 'vitest';
import { op, swagger, testRule } from '../testing.js';
import { schemaFindings } from './swagger-schema.js';
import rule from './response-code-valid.js';

testRule(rule, {
  valid: [{ name: '200 and default', swagger: swagger({ '/items': { get: op({ responses: { '200': { description: 'OK' }, default: { description: 'Error' } } }) } }) }],
  invalid: [
    { name: '600', swagger: swagger({ '/items': { get: op({ responses: { '600': { description: 'Odd' } } }) } }), pointers: ['/paths/~1items/get/responses/600'] },
    { name: 'a range such as 2XX', swagger: swagger({ '/items': { get: op({ responses: { '2XX': { description: 'OK' } } }) } }), pointers: ['/paths/~1items/get/responses/2XX'], message: /GET \/items declares response '2XX'; Power Platform needs an exact status code: use 200/ },
    { name: 'a word', swagger: swagger({ '/items': { get: op({ responses: { ok: { description: 'OK' } } }) } }), pointers: ['/paths/~1items/get/responses/ok'] },
  ],
});

it('is the one finding for 2XX: swagger-schema leaves it to this rule', () => {
  expect(schemaFindings(swagger({ '/items': { get: op({ responses: { '2XX': { description: 'OK' } } }) } }))).toEqual([]);
});
