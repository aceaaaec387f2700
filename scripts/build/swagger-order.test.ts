import { describe, expect, it } from 'vitest';
import { orderSwagger } from './swagger-order.js';

describe('orderSwagger', () => {
  it('puts known keys in specification order and extensions after them, sorted', () => {
    const ordered = orderSwagger({
      paths: {},
      'x-ms-connector-metadata': [],
      info: { version: '1', 'x-ms-api-annotation': { status: 'Preview' }, title: 'T', description: 'D' },
      swagger: '2.0',
      host: 'h',
    }) as Record<string, Record<string, unknown>>;
    expect(Object.keys(ordered)).toEqual(['swagger', 'info', 'host', 'paths', 'x-ms-connector-metadata']);
    expect(Object.keys(ordered.info!)).toEqual(['title', 'description', 'version', 'x-ms-api-annotation']);
  });

  it('orders operations, parameters, responses and schemas by their own kinds', () => {
    const ordered = orderSwagger({
      paths: {
        '/b': {},
        '/a': {
          'x-ms-notification-content': { schema: { properties: { z: { type: 'string' } }, type: 'object' }, description: 'd' },
          post: {
            responses: { '400': { description: 'x' }, '201': { headers: {}, description: 'c' } },
            'x-ms-visibility': 'important',
            operationId: 'A',
            parameters: [{ 'x-ms-summary': 'S', type: 'string', in: 'query', name: 'q' }],
            summary: 'S',
          },
        },
      },
    }) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(Object.keys(ordered.paths)).toEqual(['/a', '/b']);
    const item = ordered.paths['/a']!;
    expect(Object.keys(item)).toEqual(['post', 'x-ms-notification-content']);
    expect(Object.keys(item.post!)).toEqual(['summary', 'operationId', 'parameters', 'responses', 'x-ms-visibility']);
    expect(Object.keys((item.post!.parameters as object[])[0]!)).toEqual(['name', 'in', 'type', 'x-ms-summary']);
    expect(Object.keys(item.post!.responses as object)).toEqual(['201', '400']);
    expect(Object.keys((item.post!.responses as Record<string, object>)['201']!)).toEqual(['description', 'headers']);
    expect(Object.keys((item['x-ms-notification-content'] as { schema: object }).schema)).toEqual(['type', 'properties']);
  });

  it('keeps the authored order of schema properties and sorts definitions', () => {
    const ordered = orderSwagger({
      definitions: { B: { type: 'object', properties: { z: { type: 'string' }, a: { type: 'string' } } }, A: { type: 'string' } },
    }) as { definitions: Record<string, { properties?: object }> };
    expect(Object.keys(ordered.definitions)).toEqual(['A', 'B']);
    expect(Object.keys(ordered.definitions.B!.properties!)).toEqual(['z', 'a']);
  });
});
