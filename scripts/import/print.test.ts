import { describe, expect, it } from 'vitest';
import { expression, print, PRINT_WIDTH, quote, withSpread } from './print.js';

describe('the printer', () => {
  it.each([
    ['plain', 'plain'],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\ttab', "'line\\nbreak\\ttab'"],
    ['\u2028sep\u0001', "'\\u2028sep\\u0001'"],
    ['émoji 🎉', "'émoji 🎉'"],
  ])('quotes %j', (text, expected) => expect(quote(text)).toBe(expected === 'plain' ? "'plain'" : expected));

  it('keeps an object on one line while it fits, else one member per line with trailing commas', () => {
    expect(print({ a: 1, 'b-c': [true, null] })).toBe("{ a: 1, 'b-c': [true, null] }");
    const long = { description: 'x'.repeat(PRINT_WIDTH), nested: { y: 1 } };
    expect(print(long)).toBe(`{\n  description: '${'x'.repeat(PRINT_WIDTH)}',\n  nested: { y: 1 },\n}`);
  });

  it('writes code as code, shorthand for a same-named identifier, spreads first, and __proto__ as a computed key', () => {
    expect(print({ schema: expression('ref(Pet)'), Pet: expression('Pet') })).toBe('{ schema: ref(Pet), Pet }');
    expect(print(withSpread('ref(Pet)', { description: 'A pet' }))).toBe("{ ...ref(Pet), description: 'A pet' }");
    expect(print(JSON.parse('{"__proto__": {"x": 1}}'))).toBe("{ ['__proto__']: { x: 1 } }");
    // Data that looks like a code node stays data.
    expect(print({ code: 'ref(Pet)' })).toBe("{ code: 'ref(Pet)' }");
  });

  it('is byte-stable', () => {
    const value = { a: [1, 2, { b: 'c'.repeat(200) }], d: -0 };
    expect(print(value)).toBe(print(structuredClone(value)));
    expect(print(value)).toContain('d: -0');
  });
});
