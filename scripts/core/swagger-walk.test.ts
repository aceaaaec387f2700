import { describe, expect, it } from 'vitest';
import { followRefs, localRefSegments, lookupLocalRef, mergedParameters, resolveRefs, swaggerOperations } from './swagger-walk.js';

const swagger = {
  paths: {
    '/a/{id}': {
      parameters: [{ $ref: '#/parameters/id' }, { name: 'q', in: 'query', type: 'string' }],
      post: { operationId: 'B', parameters: [{ name: 'q', in: 'query', type: 'integer' }] },
      get: { operationId: 'A' },
      'x-extension': { operationId: 'not an operation' },
    },
  },
  parameters: { id: { name: 'id', in: 'path', required: true, type: 'string' } },
  definitions: {
    'A B': { type: 'object' },
    Loop: { $ref: '#/definitions/Loop2' },
    Loop2: { $ref: '#/definitions/Loop' },
  },
};

describe('swaggerOperations', () => {
  it('lists operations path by path in HTTP method order, skipping other keys', () => {
    expect(swaggerOperations(swagger).map((o) => [o.method, o.at])).toEqual([
      ['get', ['paths', '/a/{id}', 'get']],
      ['post', ['paths', '/a/{id}', 'post']],
    ]);
    expect(swaggerOperations({ paths: [] })).toEqual([]);
    expect(swaggerOperations('nonsense')).toEqual([]);
  });
});

describe('swaggerOperations with followPathItemRefs', () => {
  const referring = {
    paths: {
      '/shared': { $ref: '#/x-paths/shared' },
      '/chained': { $ref: '#/x-paths/alias' },
      '/missing': { $ref: '#/x-paths/nothing' },
      '/external': { $ref: 'other.json#/paths/~1a', get: { operationId: 'Beside' } },
      '/loop': { $ref: '#/paths/~1loop' },
      '/plain': { delete: { operationId: 'Plain' } },
    },
    'x-paths': {
      shared: { get: { operationId: 'Shared' }, parameters: [{ name: 'p', in: 'query', type: 'string' }] },
      alias: { $ref: '#/x-paths/shared' },
    },
  };
  const listed = (options?: { followPathItemRefs?: boolean }) => swaggerOperations(referring, options).map((o) => [o.at, o.operation['operationId']]);

  it('lists the operations of the item a path refers to under the referring path, and leaves out a reference to nothing', () => {
    expect(listed({ followPathItemRefs: true })).toEqual([
      [['paths', '/shared', 'get'], 'Shared'],
      [['paths', '/chained', 'get'], 'Shared'],
      [['paths', '/external', 'get'], 'Beside'],
      [['paths', '/plain', 'delete'], 'Plain'],
    ]);
    const [shared] = swaggerOperations(referring, { followPathItemRefs: true });
    expect(shared!.pathItem).toBe(referring['x-paths'].shared);
    expect(mergedParameters(referring, shared!).map((p) => p.at)).toEqual([['paths', '/shared', 'parameters', 0]]);
  });

  it('reads path items as written without the option', () => {
    expect(listed()).toEqual([
      [['paths', '/external', 'get'], 'Beside'],
      [['paths', '/plain', 'delete'], 'Plain'],
    ]);
  });
});

describe('local $ref resolution', () => {
  it('percent-decodes the fragment and reads it as a JSON pointer', () => {
    expect(lookupLocalRef(swagger, '#/definitions/A%20B')).toEqual({ value: { type: 'object' }, at: ['definitions', 'A B'] });
    expect(lookupLocalRef(swagger, '#/definitions/Missing')).toBeUndefined();
    expect(lookupLocalRef(swagger, 'other.json#/x')).toBeUndefined();
    expect(lookupLocalRef(swagger, '#/%E0%A4%A')).toBeUndefined();
  });

  it('reads a local reference as segments, escapes and percent-encoding undone', () => {
    expect(localRefSegments('#/definitions/a~1b%20c~0d')).toEqual(['definitions', 'a/b c~d']);
    expect(localRefSegments('#')).toEqual([]);
    expect(localRefSegments('#no-slash')).toBeUndefined();
    expect(localRefSegments('#/%E0')).toBeUndefined();
    expect(localRefSegments('other.json#/a')).toBeUndefined();
  });

  it('stops a reference cycle and says why a chain is broken', () => {
    const loop = followRefs(swagger, { value: { $ref: '#/definitions/Loop' }, at: ['x'] });
    expect(loop.broken).toBe('cycle');
    expect(loop.refs).toEqual(['#/definitions/Loop', '#/definitions/Loop2']);
    expect(resolveRefs(swagger, { value: { $ref: '#/definitions/Loop' }, at: [] })).toBeUndefined();
    expect(followRefs(swagger, { value: { $ref: 'x.json' }, at: [] }).broken).toBe('external');
    expect(followRefs(swagger, { value: { $ref: '#/nope' }, at: [] }).broken).toBe('missing');
  });
});

describe('mergedParameters', () => {
  it('puts the operation’s own first and keeps the path item’s it does not override', () => {
    const [, post] = swaggerOperations(swagger);
    const merged = mergedParameters(swagger, post!);
    expect(merged.map((p) => [p.parameter['name'], p.parameter['type'], p.level, p.definedAt])).toEqual([
      ['q', 'integer', 'operation', ['paths', '/a/{id}', 'post', 'parameters', 0]],
      ['id', 'string', 'path', ['parameters', 'id']],
    ]);
    expect(merged[1]!.at).toEqual(['paths', '/a/{id}', 'parameters', 0]);
  });
});
