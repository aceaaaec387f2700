import { describe, expect, it } from 'vitest';
import { listOperations } from './operations.js';

describe('listOperations', () => {
  const document = {
    paths: {
      '/items/{id}': { $ref: '#/x-ms-paths/item' },
      '/gone': { $ref: '#/x-ms-paths/nothing' },
      '/hooks': { post: { operationId: 'Subscribe', 'x-ms-trigger': 'single', parameters: [{ $ref: '#/parameters/body' }] } },
    },
    'x-ms-paths': {
      item: {
        parameters: [{ name: 'id', in: 'path', type: 'string' }],
        get: { operationId: 'GetItem', 'x-ms-visibility': 'internal', parameters: [{ name: 'select', in: 'query', type: 'string' }] },
      },
    },
    parameters: { body: { name: 'body', in: 'body', required: true, schema: { type: 'object' } } },
  };

  it("follows a path item's $ref: the operation stands under the referring path, its parameters where they are written", () => {
    const [get, subscribe, ...rest] = listOperations(document);
    expect(rest).toEqual([]);
    expect(get).toMatchObject({ operationId: 'GetItem', method: 'get', path: '/items/{id}', pointer: '/paths/~1items~1{id}/get', pathPointer: '/paths/~1items~1{id}', internal: true, webhook: false });
    expect(get!.pathItem).toBe(document['x-ms-paths'].item);
    expect(get!.parameters.map((p) => [p.name, p.required, p.pointer])).toEqual([
      ['select', false, '/paths/~1items~1{id}/get/parameters/0'],
      ['id', true, '/paths/~1items~1{id}/parameters/0'],
    ]);
    expect(subscribe).toMatchObject({ operationId: 'Subscribe', webhook: true });
    expect(subscribe!.parameters).toEqual([{ name: 'body', in: 'body', required: true, spec: document.parameters.body, pointer: '/parameters/body' }]);
  });
});
