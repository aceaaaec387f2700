import { expect, it } from 'vitest';
import { swagger, testRule } from '../testing.js';
import { schemaFindings } from './swagger-schema.js';
import rule from './operation-responses-required.js';

const withResponses = (responses: unknown) => swagger({ '/things': { get: { operationId: 'ListThings', summary: 'List things', description: 'Lists things.', ...(responses === undefined ? {} : { responses }) } } });

testRule(rule, {
  valid: [
    { name: 'a 200 response', swagger: withResponses({ '200': { description: 'OK' } }) },
    { name: 'only default', swagger: withResponses({ default: { description: 'Error' } }) },
  ],
  invalid: [
    { name: 'responses: {}', swagger: withResponses({}), pointers: ['/paths/~1things/get/responses'], message: /^GET \/things declares no responses; add a 200 response describing what it returns/ },
    { name: 'only an extension', swagger: withResponses({ 'x-note': 'none' }), pointers: ['/paths/~1things/get/responses'] },
    { name: 'no responses key', swagger: withResponses(undefined), pointers: ['/paths/~1things/get'] },
  ],
});

it('is the one finding for it: swagger-schema no longer adds its own', () => {
  expect(schemaFindings(withResponses({}))).toEqual([]);
  expect(schemaFindings(withResponses(undefined))).toEqual([]);
});

it('is a warning in custom (certified connectors ship "responses": {}) and an error in certification (OperationMustHaveResponse)', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
