import { describe, expect, it } from 'vitest';
import { assembleConnector, defineAction, defineDefinition, sourceFor } from './index.js';

const here = 'connector/kit/source.test.ts';

describe('source locations', () => {
  it('records the file and line where each operation and definition was defined', () => {
    const line = Number(new Error().stack!.split('\n')[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const unit = defineAction({ method: 'get', path: '/a', operationId: 'A', summary: 'A', description: 'A.', responses: { '200': { description: 'OK' } } });
    const definition = defineDefinition('D', { type: 'object' });
    const assembled = assembleConnector({
      document: { swagger: '2.0', info: { title: 'T', description: 'D', version: '1' }, host: 'h', basePath: '/', schemes: ['https'], consumes: [], produces: [] },
      operations: [unit],
      definitions: [definition],
      apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#123456', capabilities: [] } },
      throttlingPolicies: [],
    });
    expect(assembled.sources.get('/paths/~1a/get')).toMatchObject({ file: here, line });
    expect(assembled.sources.get('/definitions/D')).toMatchObject({ file: here, line: line + 1 });
    // A finding deep inside the operation points at the operation.
    expect(sourceFor(assembled.sources, '/paths/~1a/get/responses/200/description')).toMatchObject({ file: here, line });
    expect(sourceFor(assembled.sources, '/info/title')).toBeUndefined();
  });

  it('reports two operations on one path and method as data, keeping the first', () => {
    const first = defineAction({ method: 'get', path: '/a', operationId: 'A', summary: 'A', description: 'A.', responses: {} });
    const second = defineAction({ method: 'get', path: '/a', operationId: 'B', summary: 'B', description: 'B.', responses: {} });
    const assembled = assembleConnector({
      document: { swagger: '2.0', info: { title: 'T', description: 'D', version: '1' }, host: 'h', basePath: '/', schemes: ['https'], consumes: [], produces: [] },
      operations: [first, second],
      definitions: [],
      apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#123456', capabilities: [] } },
      throttlingPolicies: [],
    });
    expect(assembled.document.paths['/a']?.get?.operationId).toBe('A');
    expect(assembled.diagnostics).toEqual([
      expect.objectContaining({ code: 'duplicate-path-method', severity: 'error', pointer: '/paths/~1a/get', source: expect.stringContaining(here) }),
    ]);
  });
});
