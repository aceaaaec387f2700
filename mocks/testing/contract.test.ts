import { http, HttpResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { ContractValidator, contractValidator, stripExtensions } from './contract.js';
import { startMockBackend } from './server.js';

const d = `/datasets/${sampleInstanceIds.loyalty}`;

describe('ContractValidator', () => {
  const validator = contractValidator();

  it('maps requests to operations, V2 paths included', () => {
    expect(validator.match('GET', `https://h${d}/tables/Customer/items/abc%20d`)).toEqual({
      operationId: 'GetItem',
      method: 'GET',
      template: '/datasets/{dataset}/tables/{table}/items/{id}',
      params: { dataset: sampleInstanceIds.loyalty, table: 'Customer', id: 'abc d' },
    });
    expect(validator.match('GET', `http://127.0.0.1:8080/v2${d}/tables/Customer/partitions`)?.operationId).toBe('GetPartitionsV2');
    expect(validator.match('GET', 'https://flow.example.com/callbacks/x')).toBeUndefined();
  });

  it('strips vendor extensions but keeps properties named like them', () => {
    expect(stripExtensions({ type: 'object', 'x-ms-summary': 'a', properties: { 'x-id': { type: 'string', 'x-ms-visibility': 'internal' } } })).toEqual({
      type: 'object',
      properties: { 'x-id': { type: 'string' } },
    });
  });

  it('reports wrong bodies, undeclared statuses, missing headers and bad error bodies', () => {
    const check = (method: string, path: string, status: number, body: unknown, headers: Record<string, string> = {}) =>
      validator.validateResponse({ method, url: `https://h${path}`, status, headers: new Headers(headers), body: body === undefined ? '' : JSON.stringify(body) });
    expect(check('GET', '/datasets', 200, { value: [{ Name: 'a', DisplayName: 'b' }] })).toEqual([]);
    expect(check('GET', '/datasets', 200, { value: [{ Name: 7 }] })).toEqual(['body/value/0/Name must be string']);
    expect(check('GET', '/datasets', 204, undefined)).toEqual(['status 204 is not declared (declared: 200)']);
    expect(check('POST', `${d}/subscriptions/fullrefreshcompleted`, 201, undefined)).toEqual(['declared header Location is missing']);
    expect(check('POST', `${d}/statusreports/x`, 202, { unexpected: true })).toEqual(['status 202 declares no body but one was sent']);
    expect(check('GET', '/datasets', 404, { message: 'nope' })).toEqual(["error body must have required property 'error'"]);
    expect(check('GET', '/datasets', 429, { error: { code: 'TooManyRequests', message: 'slow down' } })).toEqual([]);
  });

  it('checks dynamic responses against the entity schema', () => {
    const schema = { type: 'object', properties: { Points: { type: 'integer' } }, additionalProperties: false };
    const problems = validator.validateResponse(
      { method: 'GET', url: `https://h${d}/tables/T/items/1`, status: 200, headers: new Headers(), body: JSON.stringify({ Points: 'x', Other: 1 }) },
      () => schema,
    );
    expect(problems.sort()).toEqual(["body must NOT have additional properties ('Other')", 'body/Points must be integer']);
  });

  it('checks trigger payloads against x-ms-notification-content', () => {
    expect(validator.validateNotification('OnSegmentThresholdCrossed', { Name: 'a', EntityCount: 3, Threshold: 2, EvaluationDate: '2026-01-01T00:00:00Z' })).toEqual([]);
    expect(validator.validateNotification('OnSegmentThresholdCrossed', { EntityCount: 'many' })).toEqual(['payload/EntityCount must be integer']);
    expect(validator.validateNotification('OnMeasureThresholdCrossed', { EvaluationDate: 'yesterday' })).toEqual(['payload/EvaluationDate must match format "date-time"']);
  });

  it('is one compiled instance per process', () => {
    expect(contractValidator()).toBe(validator);
    expect(new ContractValidator(validator.swagger).operationIds()).toHaveLength(24);
  });
});

describe('startMockBackend', () => {
  const mock = startMockBackend({ throttle: false });
  afterAll(() => mock.close());

  it('catches a handler that drifts from the definition', async () => {
    await mock.server.boundary(async () => {
      mock.server.use(http.get('*/datasets', () => HttpResponse.json({ value: [{ Name: 42 }] })));
      await mock.call('/datasets');
    })();
    const violations = await mock.violations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ operationId: 'ListInstances', status: 200, problems: ['body/value/0/Name must be string'] });
    await expect(mock.assertContract()).rejects.toThrow('ListInstances GET https://insights.example.com/datasets → 200: body/value/0/Name must be string');
  });

  it('refuses requests no handler serves', async () => {
    await expect(fetch('https://insights.example.com/nothing-here')).rejects.toThrow();
  });
});
