import { describe, expect, it } from 'vitest';
import { fromPointer, parentPointer, resolvePointer, toPointer } from './json-pointer.js';

describe('json pointers', () => {
  it('escapes ~ and / in segments and reads them back', () => {
    const pointer = toPointer(['paths', '/datasets/{dataset}', 'get', 'a~b']);
    expect(pointer).toBe('/paths/~1datasets~1{dataset}/get/a~0b');
    expect(fromPointer(pointer)).toEqual(['paths', '/datasets/{dataset}', 'get', 'a~b']);
  });

  it('resolves into objects and arrays and stops at missing steps', () => {
    const doc = { a: [{ b: 1 }], 'c/d': 2 };
    expect(resolvePointer(doc, '/a/0/b')).toBe(1);
    expect(resolvePointer(doc, '/c~1d')).toBe(2);
    expect(resolvePointer(doc, '/a/1/b')).toBeUndefined();
    expect(resolvePointer(doc, '')).toBe(doc);
  });

  it('rejects strings that are not pointers', () => {
    expect(() => fromPointer('a/b')).toThrow(/Not a JSON pointer/);
  });

  it('finds the parent pointer', () => {
    expect(parentPointer('/a/b')).toBe('/a');
    expect(parentPointer('/a')).toBe('');
    expect(parentPointer('')).toBeUndefined();
  });
});
