import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitRowTypes } from './emit.js';

const entity = (name: string, schema: unknown, displayName?: string) => ({ name, schema, ...(displayName ? { displayName } : {}) });

describe('emitRowTypes', () => {
  it('types each field from its JSON Schema, optional unless required', () => {
    const text = emitRowTypes([
      entity('Thing', {
        type: 'object',
        required: ['Id'],
        additionalProperties: false,
        properties: {
          Id: { type: 'string', title: 'Thing ID', description: 'Identifier' },
          Count: { type: 'integer', format: 'int64' },
          Ratio: { type: 'number' },
          Active: { type: 'boolean' },
          Tier: { type: 'string', enum: ['Gold', 'Silver'] },
          Note: { type: ['string', 'null'] },
          Legacy: { type: 'string', nullable: true },
          Tags: { type: 'array', items: { type: 'string' } },
          Mixed: { type: 'array', items: { type: ['number', 'string'] } },
          Address: { type: 'object', properties: { City: { type: 'string' } }, additionalProperties: false },
          Bag: { type: 'object' },
          Anything: {},
          'Odd name': { type: 'string' },
        },
      }),
    ]);
    expect(text).toContain('export interface Thing {\n  /** Thing ID: Identifier */\n  Id: string;\n');
    for (const line of [
      '  Count?: number;',
      '  Ratio?: number;',
      '  Active?: boolean;',
      '  Tier?: "Gold" | "Silver";',
      '  Note?: string | null;',
      '  Legacy?: string | null;',
      '  Tags?: string[];',
      '  Mixed?: (number | string)[];',
      '  Address?: {\n    City?: string;\n  };',
      '  Bag?: {\n    [field: string]: unknown;\n  };',
      '  Anything?: unknown;',
      '  "Odd name"?: string;',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/^  \[field: string\]: unknown;$/m);
  });

  it('leaves an open record open, and sorts entities by name for a byte-stable file', () => {
    const a = emitRowTypes([entity('B', { type: 'object' }), entity('A', { type: 'object', properties: {} })]);
    const b = emitRowTypes([entity('A', { type: 'object', properties: {} }), entity('B', { type: 'object' })]);
    expect(a).toBe(b);
    expect(a.indexOf('interface A ')).toBeLessThan(a.indexOf('interface B '));
    expect(a).toContain('export interface A {\n  [field: string]: unknown;\n}');
    expect(a).toContain('export interface Tables {\n  A: A;\n  B: B;\n}\n');
  });

  it('turns any entity name into a distinct identifier, keeping the real name as the Tables key', () => {
    const text = emitRowTypes([entity('my-entity', {}), entity('my_entity', {}), entity('1st', {}), entity('Tables', {}), entity('Date', {})]);
    expect(text).toContain('export interface _1st ');
    expect(text).toContain('export interface my_entity ');
    expect(text).toContain('export interface my_entity2 ');
    expect(text).toContain('export interface TablesRow ');
    expect(text).toContain('export interface DateRow ');
    expect(text).toContain('  "my-entity": my_entity;');
    expect(text).toContain('  my_entity: my_entity2;');
    expect(text).toContain('  Tables: TablesRow;');
  });

  it('keeps hostile text inside its comments and bounds nesting', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 200; i++) deep = { type: 'object', additionalProperties: false, properties: { x: deep } };
    const text = emitRowTypes([entity('E', { type: 'object', properties: { f: { type: 'string', title: 'end */ export const x = 1; /*\nnext' }, deep } }, 'Evil */ name')]);
    expect(text).not.toMatch(/\*\/ export const/);
    expect(text).toContain('end *\\/ export const x = 1; /* next');
    expect(text).toContain('unknown;');
    expect(text.split('\n').length).toBeLessThan(200);
  });

  it('writes valid TypeScript whatever the names and texts', () => {
    const text = emitRowTypes([
      entity('my-entity', { type: 'object', properties: { 'a-b': { enum: ['x', 1, null, { o: 1 }] }, "q'uote": { type: 'array', items: { type: 'array' } } } }, 'A */ display'),
      entity('Tables', { type: 'object', properties: { '': { type: 'string', description: 'empty */ key' } } }),
      entity('1st', { type: 'object', properties: { nested: { type: 'object', properties: { deep: { type: ['integer', 'null'] } } } } }),
    ]);
    const source = ts.createSourceFile('rows.ts', text, ts.ScriptTarget.ES2022, true);
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    expect(source.statements.filter(ts.isInterfaceDeclaration).map((s) => s.name.text)).toEqual(['_1st', 'TablesRow', 'my_entity', 'Tables']);
  });
});
