import { describe, expect, it } from 'vitest';
import { CodeModelError, deriveServedApi } from './derive.js';

/** A miniature code model in AutoRest's shape: objects linked by numeric $id/$ref. */
function miniature(): unknown {
  const status = { $id: '10', $type: 'EnumType', values: [{ $id: '11', serializedName: 'on' }, { $id: '12', serializedName: 'off' }] };
  const named = { 'x-ms-metadata': { originalLocations: ['file:///x/apim_openapi.json#/components/schemas/Switch'] } };
  const thing = {
    $id: '20',
    $type: 'CompositeType',
    name: { $id: '21', raw: 'Thing' },
    properties: [
      { $id: '22', serializedName: 'id', isRequired: true, modelType: { $id: '23', $type: 'PrimaryType', knownPrimaryType: 'uuid', format: 'uuid' } },
      { $id: '24', serializedName: 'state', modelType: status, extensions: named },
      { $id: '25', serializedName: 'previous', modelType: { $ref: '10' }, extensions: named },
      { $id: '26', serializedName: 'tags', modelType: { $id: '27', $type: 'DictionaryType', valueType: { $id: '28', $type: 'PrimaryType', knownPrimaryType: 'string' } } },
      { $id: '29', serializedName: 'children', modelType: { $id: '30', $type: 'SequenceType', elementType: { $ref: '20' } } },
      { $id: '31', serializedName: 'count', modelType: { $id: '32', $type: 'PrimaryType', knownPrimaryType: 'long' } },
    ],
  };
  const error = { $id: '40', $type: 'CompositeType', name: { raw: 'Oops' }, properties: [] };
  return {
    $id: '1',
    name: 'Mini',
    apiVersion: 'v1',
    baseUrl: 'https://example.invalid/v1',
    modelTypes: [thing, error, { $id: '41', $type: 'CompositeType', name: { raw: 'Unused' }, properties: [] }],
    operations: [
      {
        $id: '50',
        methods: [
          {
            $id: '51',
            serializedName: 'Get-things',
            httpMethod: 'get',
            url: '/things/{id}',
            parameters: [
              { $id: '52', location: 'path', serializedName: 'id', isRequired: true, modelType: { $id: '53', $type: 'PrimaryType', knownPrimaryType: 'string' } },
              { $id: '54', location: 'header', serializedName: 'x', modelType: { $ref: '53' } },
            ],
            responses: { OK: { $id: '55', body: { $id: '56', $type: 'SequenceType', elementType: { $ref: '20' } } }, NotFound: { $id: '57', body: { $ref: '40' } }, Unauthorized: { $id: '58' }, '429': { $id: '59' } },
          },
          { $id: '60', serializedName: 'Other', httpMethod: 'post', url: '/other', responses: {} },
        ],
      },
    ],
  };
}

describe('deriveServedApi', () => {
  it('resolves $ref, names shared enums once, maps statuses and keeps only what the served operations reach', () => {
    const api = deriveServedApi(miniature(), ['Get-things']);
    expect(api.source).toEqual({ name: 'Mini', apiVersion: 'v1', baseUrl: 'https://example.invalid/v1', operations: 2, models: 3 });
    expect(Object.keys(api.operations)).toEqual(['Get-things']);
    const operation = api.operations['Get-things']!;
    expect(operation).toMatchObject({ method: 'GET', path: '/things/{id}' });
    expect(operation.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(operation.responses).toEqual({
      '200': { schema: { type: 'array', items: { $ref: '#/definitions/Thing' } } },
      '401': {},
      '404': { schema: { $ref: '#/definitions/Oops' } },
      '429': {},
    });
    expect(Object.keys(api.definitions).sort()).toEqual(['Oops', 'Switch', 'Thing']);
    expect(api.definitions['Switch']).toEqual({ type: 'string', enum: ['on', 'off'] });
    expect(api.definitions['Thing']).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        children: { type: 'array', items: { $ref: '#/definitions/Thing' } },
        count: { type: 'integer' },
        id: { type: 'string', format: 'uuid' },
        previous: { $ref: '#/definitions/Switch' },
        state: { $ref: '#/definitions/Switch' },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
      },
    });
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(deriveServedApi(miniature(), ['Get-things']))).toBe(JSON.stringify(deriveServedApi(miniature(), ['Get-things'])));
  });

  it('names what is wrong with a bad input', () => {
    expect(() => deriveServedApi({}, [])).toThrow(CodeModelError);
    expect(() => deriveServedApi(miniature(), ['Nope'])).toThrow('operation "Nope" is not in the code model');
    const broken = miniature() as { operations: { methods: { responses: Record<string, unknown> }[] }[] };
    broken.operations[0]!.methods[0]!.responses['OK'] = { $id: '99', body: { $ref: '12345' } };
    expect(() => deriveServedApi(broken, ['Get-things'])).toThrow('$ref "12345" points at no $id');
  });
});

describe('extract.ts', () => {
  const run = async (argv: string[]) => {
    const { main } = await import('./extract.js');
    let err = '';
    const code = main(argv, { out: () => undefined, err: (text) => (err += text) });
    return { code, err };
  };

  it('exits 2 on wrong usage or an unreadable file, 1 naming the file on a bad code model', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    try {
      const missing = await run([join(dir, 'missing.json')]);
      expect(missing).toMatchObject({ code: 2 });
      expect(missing.err).toContain('missing.json: cannot read (ENOENT)');
      writeFileSync(join(dir, 'bad.json'), 'x');
      const bad = await run([join(dir, 'bad.json'), '--check']);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('bad.json: not JSON');
      writeFileSync(join(dir, 'empty.json'), '{}');
      expect((await run([join(dir, 'empty.json')])).err).toContain('empty.json: not an AutoRest code model');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
