import { expect, it } from 'vitest';
import { op, swagger, testRule } from '../testing.js';
import rule, { schemaFindings } from './swagger-schema.js';

testRule(rule, {
  valid: [
    { name: 'a minimal document', swagger: swagger() },
    { name: 'x- extensions anywhere', swagger: swagger({ '/items': { get: op({ 'x-ms-visibility': 'internal' }) } }, { 'x-contoso': 1 }) },
  ],
  invalid: [
    { name: 'wrong version', swagger: swagger(undefined, { swagger: '3.0' }), pointers: ['/swagger'], message: /"2\.0"/ },
    { name: 'templated host', swagger: swagger(undefined, { host: '{tenant}.contoso.com' }), pointers: ['/host'], message: /dynamichosturl/ },
    { name: 'missing info', swagger: { swagger: '2.0', paths: {} }, pointers: [''], message: /'info'/ },
    { name: 'unknown root key', swagger: swagger(undefined, { servers: [] }), pointers: ['/servers'], message: /not allowed/ },
    {
      name: 'a query parameter without type: one finding, not a oneOf dump',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'id', in: 'query' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0'],
      message: /Parameter 'id' is missing the required property 'type'/,
    },
    {
      name: 'an unknown parameter location',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'c', in: 'cookie', type: 'string' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0'],
      message: /must be one of body, header/,
    },
    {
      name: 'a response without description',
      swagger: swagger({ '/items': { get: op({ responses: { '200': {} } }) } }),
      pointers: ['/paths/~1items/get/responses/200'],
      message: /'description'/,
    },
    { name: 'a document that is not an object', swagger: [], pointers: [''] },
    { name: 'basepath, with a suggestion', swagger: swagger(undefined, { basepath: '/v1' }), pointers: ['/basepath'], message: /Did you mean 'basePath'\?/ },
    {
      name: 'a duplicate enum value',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'm', in: 'query', type: 'string', enum: ['a', 'b', 'a'] }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/enum'],
      message: /lists the same value twice \(items 0 and 2\); remove the duplicate/,
    },
  ],
});

it('leaves to their own rules what they report (one problem, one finding)', () => {
  expect(schemaFindings(swagger({ '/items/{id}': { get: op({ parameters: [{ name: 'id', in: 'path', type: 'string' }] }) } }))).toEqual([]);
  expect(schemaFindings(swagger({ '/items': { get: op({ parameters: [{ name: 'm', in: 'query', type: 'string', enum: [] }] }) } }))).toEqual([]);
  expect(schemaFindings(swagger({ '/items': { get: op({ parameters: [{ name: 'f', in: 'query', type: 'file' }] }) } }))).toEqual([]);
  expect(schemaFindings(swagger(undefined, { definitions: { A: { type: 'object', required: [], properties: {} } } }))).toEqual([]);
  expect(schemaFindings(swagger(undefined, { tags: [{ name: 'a' }, { name: 'a' }] }))).toEqual([]);
});

it('never shows ajv wording to the maker', () => {
  const broken = [
    swagger(undefined, { schemes: ['ftp'] }),
    swagger(undefined, { tags: [{ name: 'a' }, 'b'] }),
    swagger({ '/items': { get: op({ parameters: [{ name: 'm', in: 'query', type: 'string', minimum: 'low' }] }) } }),
    swagger({ '/items': { get: op({ parameters: [{ name: 'm', in: 'query', type: 'string', maxLength: -1 }] }) } }),
    swagger(undefined, { info: { title: 'T', version: '1', contact: { email: 'not an e-mail' } } }),
    swagger(undefined, { responses: { 'x-only': 1 } }),
  ];
  for (const document of broken) {
    const findings = schemaFindings(document);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.message).not.toMatch(/must NOT|must have required|must match "then"|must be equal to one of/);
  }
});
