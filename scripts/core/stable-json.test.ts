import { describe, expect, it } from 'vitest';
import { toStableJson } from './stable-json.js';

describe('toStableJson', () => {
  it('indents with two spaces and ends with one newline', () => {
    expect(toStableJson({ a: [1, { b: 'c' }] })).toBe('{\n  "a": [\n    1,\n    {\n      "b": "c"\n    }\n  ]\n}\n');
  });

  it('writes non-ASCII characters as escapes that parse back to the same text', () => {
    const text = toStableJson({ name: 'Kündenprofil — 客户' });
    expect(text).toMatch(/^[\x00-\x7e]*$/);
    expect(JSON.parse(text)).toEqual({ name: 'Kündenprofil — 客户' });
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => toStableJson(undefined)).toThrow(TypeError);
  });
});
