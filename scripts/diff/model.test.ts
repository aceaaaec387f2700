import { describe, expect, it } from 'vitest';
import { MAX_FIELDS, buildView } from './model.js';
import { baseConnector, type Json } from './test-helpers.js';

const view = (swagger: Json) => buildView(swagger);

describe('connector view', () => {
  it('keys inputs the way flows store them, body properties under the body name', () => {
    const create = view(baseConnector().swagger).operations.get('CreateItem')!;
    expect([...create.inputs.keys()]).toEqual(['body', 'body/name', 'body/count', 'body/status', 'body/category']);
    expect(create.inputs.get('body/name')!.required).toBe(true);
    expect(create.inputs.get('body/count')!.required).toBe(false);
  });

  it('follows $ref into definitions and stops at a recursive reference', () => {
    const get = view(baseConnector().swagger).operations.get('GetItem')!;
    expect([...get.outputs.keys()]).toEqual([
      'body',
      'body/id',
      'body/name',
      'body/count',
      'body/score',
      'body/tags',
      'body/tags[]',
      'body/parent',
      'headers/ETag',
    ]);
    const parent = get.outputs.get('body/parent')!;
    expect(parent.cyclic).toBe(true);
    expect(parent.type).toBe('object');
    expect(parent.nodes.map((n) => n.pointer.join('/'))).toEqual(['definitions/Item/properties/parent', 'definitions/Item']);
  });

  it('survives a definition that refers only to itself and mutual recursion', () => {
    const swagger: Json = {
      swagger: '2.0',
      paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Loop' } } } } } },
      definitions: {
        Loop: { $ref: '#/definitions/Loop' },
        Ping: { type: 'object', properties: { pong: { $ref: '#/definitions/Pong' } } },
        Pong: { type: 'object', properties: { ping: { $ref: '#/definitions/Ping' } } },
      },
    };
    expect([...view(swagger).operations.get('A')!.outputs.keys()]).toEqual(['body']);
    swagger.paths['/a'].get.responses['200'].schema = { $ref: '#/definitions/Ping' };
    expect([...view(swagger).operations.get('A')!.outputs.keys()]).toEqual(['body', 'body/pong', 'body/pong/ping']);
  });

  it('merges path-level parameters, resolves #/parameters refs and reads allOf members', () => {
    const swagger: Json = {
      swagger: '2.0',
      parameters: { Tenant: { name: 'tenant', in: 'header', type: 'string', required: true } },
      paths: {
        '/a/{id}': {
          parameters: [{ name: 'id', in: 'path', type: 'string', required: true }, { $ref: '#/parameters/Tenant' }],
          get: {
            operationId: 'A',
            parameters: [{ name: 'id', in: 'path', type: 'integer', required: true }],
            responses: {
              '200': {
                description: 'OK',
                schema: { allOf: [{ $ref: '#/definitions/Base' }, { properties: { extra: { type: 'string' } } }] },
              },
            },
          },
        },
      },
      definitions: { Base: { type: 'object', properties: { id: { type: 'string' } } } },
    };
    const a = view(swagger).operations.get('A')!;
    expect(a.inputs.get('id')!.type).toBe('integer');
    expect(a.inputs.get('tenant')!.nodes[0]!.pointer).toEqual(['parameters', 'Tenant']);
    expect([...a.outputs.keys()]).toEqual(['body', 'body/id', 'body/extra']);
  });

  it('classifies actions, webhook triggers and polling triggers', () => {
    const swagger = baseConnector().swagger;
    swagger.paths['/categories'].get['x-ms-trigger'] = 'batch';
    const ops = view(swagger).operations;
    expect(ops.get('GetItem')!.triggerKind).toBe('action');
    expect(ops.get('OnItemCreated')!.triggerKind).toBe('webhook (single)');
    expect(ops.get('ListCategories')!.triggerKind).toBe('polling (batch)');
    // A webhook trigger's outputs are its notification payload, not the subscription response.
    expect(ops.get('OnItemCreated')!.outputs.get('body')!.location).toBe('notification');
  });

  it('bounds the expansion of definitions that fan out to each other', () => {
    // D0 → 10 × D1 → 10 × D2 … : 10^12 fields if expanded naively.
    const definitions: Json = {};
    for (let level = 0; level < 12; level++) {
      const properties: Json = {};
      for (let i = 0; i < 10; i++) properties[`p${i}`] = { $ref: `#/definitions/D${level + 1}` };
      definitions[`D${level}`] = { type: 'object', properties };
    }
    definitions.D12 = { type: 'string' };
    const swagger = {
      swagger: '2.0',
      paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/D0' } } } } } },
      definitions,
    };
    expect(view(swagger).operations.get('A')!.outputs.size).toBe(MAX_FIELDS);
  });

  it('ignores operations without an operationId and tolerates junk', () => {
    expect(view({ paths: { '/a': { get: { responses: {} } }, '/b': 'nonsense' } }).operations.size).toBe(0);
    expect(view({}).operations.size).toBe(0);
  });

  it('lists the operations it leaves out: no operationId, or one an earlier operation has', () => {
    const built = view({
      paths: {
        '/a': { get: { operationId: 'A', responses: {} }, post: { responses: {} } },
        '/b': { put: { operationId: 'A', responses: {} } },
      },
    });
    expect([...built.operations.keys()]).toEqual(['A']);
    expect(built.uncompared).toEqual([
      { method: 'post', path: '/a', pointer: ['paths', '/a', 'post'] },
      { method: 'put', path: '/b', pointer: ['paths', '/b', 'put'], duplicateOf: { operationId: 'A', method: 'get', path: '/a' } },
    ]);
    expect(view({ paths: { '/a': { get: { operationId: 'A' } } } }).uncompared).toEqual([]);
  });
});
