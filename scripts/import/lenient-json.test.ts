/**
 * The lenient reader over small documents: each deviation the platform's reader tolerates gives
 * the value strict JSON would give without it, plus one deviation at its line, column and pointer;
 * anything else fails at its line and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ARRAY_LENGTH, MAX_DEPTH } from '../core/load-document.js';
import { readLenientJson } from './lenient-json.js';
import type { LenientRead, LenientReadError } from './lenient-json.js';

function read(text: string): LenientRead {
  const result = readLenientJson(text);
  if ('error' in result) throw new Error(`unexpected error at ${result.line}:${result.column}: ${result.error}`);
  return result;
}

function failure(text: string): LenientReadError {
  const result = readLenientJson(text);
  if (!('error' in result)) throw new Error(`expected an error, read ${JSON.stringify(result.value)}`);
  return result;
}

describe('readLenientJson: what the platform tolerates', () => {
  it.each([
    {
      name: 'a trailing comma in an object',
      text: '{\n  "a": 1,\n  "b": { "c": true, }\n}',
      value: { a: 1, b: { c: true } },
      deviations: [{ kind: 'trailing-comma', line: 3, column: 19, pointer: '/b', what: "a trailing comma before '}'" }],
    },
    {
      name: 'a trailing comma in an array',
      text: '{ "schemes": ["https", "http",\n] }',
      value: { schemes: ['https', 'http'] },
      deviations: [{ kind: 'trailing-comma', line: 1, column: 30, pointer: '/schemes', what: "a trailing comma before ']'" }],
    },
    {
      name: 'trailing commas at every level, the root included',
      text: '[[1,],{"x":[],},]',
      value: [[1], { x: [] }],
      deviations: [
        { kind: 'trailing-comma', line: 1, column: 4, pointer: '/0', what: "a trailing comma before ']'" },
        { kind: 'trailing-comma', line: 1, column: 14, pointer: '/1', what: "a trailing comma before '}'" },
        { kind: 'trailing-comma', line: 1, column: 16, pointer: '', what: "a trailing comma before ']'" },
      ],
    },
    {
      name: 'a line comment and a block comment',
      text: '// header\n{ "a": /* inline "quoted" */ "b" }',
      value: { a: 'b' },
      deviations: [
        { kind: 'comment', line: 1, column: 1, pointer: '', what: 'a // comment' },
        { kind: 'comment', line: 2, column: 8, pointer: '', what: 'a /* */ comment' },
      ],
    },
    {
      name: 'a comment inside a nested object',
      text: '{ "paths": { "/a": { // none yet\n} } }',
      value: { paths: { '/a': {} } },
      deviations: [{ kind: 'comment', line: 1, column: 22, pointer: '/paths/~1a', what: 'a // comment' }],
    },
    {
      name: 'a raw tab in a string',
      text: '{ "info": { "title": "Default\tBO" } }',
      value: { info: { title: 'Default\tBO' } },
      deviations: [{ kind: 'control-character', line: 1, column: 30, pointer: '/info/title', what: 'a raw tab (U+0009) inside a string' }],
    },
    {
      name: 'raw line breaks in a string, kept in the value (the string does not end there)',
      text: '{ "d": ["one\r\ntwo"] }',
      value: { d: ['one\r\ntwo'] },
      deviations: [{ kind: 'control-character', line: 1, column: 13, pointer: '/d/0', what: 'a raw line feed (U+000A), carriage return (U+000D) inside a string' }],
    },
    {
      name: 'a raw control character in a key, and an escaped one beside it',
      text: '{ "a\u0001b": "\\t" }',
      value: { 'a\u0001b': '\t' },
      deviations: [{ kind: 'control-character', line: 1, column: 5, pointer: '/a\u0001b', what: 'a raw control character (U+0001) inside a string' }],
    },
    {
      name: 'comment markers and quotes inside strings are text',
      text: '{ "url": "https://x.example.com/*", "q": "say \\"//\\"", }',
      value: { url: 'https://x.example.com/*', q: 'say "//"' },
      deviations: [{ kind: 'trailing-comma', line: 1, column: 54, pointer: '', what: "a trailing comma before '}'" }],
    },
    {
      name: 'a byte order mark, a __proto__ member and a duplicate key, as JSON.parse reads them',
      text: '\uFEFF{ "__proto__": { "x": 1 }, "k": 1, "k": 2, }',
      value: JSON.parse('{ "__proto__": { "x": 1 }, "k": 2 }'),
      deviations: [{ kind: 'trailing-comma', line: 1, column: 43, pointer: '', what: "a trailing comma before '}'" }],
    },
  ])('$name', ({ text, value, deviations }) => {
    const result = read(text);
    expect(result.value).toStrictEqual(value);
    expect(result.deviations).toEqual(deviations);
  });

  it('reads strict JSON to what JSON.parse gives, with no deviation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const result = read(text);
        expect(result.value).toStrictEqual(JSON.parse(text));
        expect(result.deviations).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any document with a trailing comma in every non-empty object and array to the value without them, one deviation each', () => {
    const nonEmpty = (v: unknown): number =>
      v && typeof v === 'object' ? (Object.keys(v).length > 0 ? 1 : 0) + Object.values(v).reduce((sum: number, child) => sum + nonEmpty(child), 0) : 0;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const strict = JSON.stringify(value, null, 2);
        // Pretty-printed, a line break before a closing bracket only ever follows a container's last member.
        const result = read(strict.replace(/\n( *)([}\]])/g, ',\n$1$2'));
        expect(result.value).toStrictEqual(JSON.parse(strict));
        expect(result.deviations.length).toBe(nonEmpty(JSON.parse(strict)));
        expect(new Set(result.deviations.map((d) => d.kind))).toEqual(new Set(result.deviations.length > 0 ? ['trailing-comma'] : []));
      }),
      { numRuns: 200 },
    );
  });
});

describe('readLenientJson: what it does not tolerate', () => {
  it.each([
    { name: 'a missing comma between members', text: '{\n  "a": "x"\n  "b": "y"\n}', line: 3, column: 3, error: /^Expected ',' or '}' but found '"'/ },
    { name: 'a missing comma between items', text: '[\n  1\n  2\n]', line: 3, column: 3, error: /^Expected ',' or '\]' but found '2'/ },
    { name: 'a bracket that does not match', text: '{ "k": [1, 2 }', line: 1, column: 14, error: /^Expected ',' or '\]' but found '}'/ },
    { name: 'content after the outermost value', text: '{ "a": 1 }\n}, "b": 2 }', line: 2, column: 1, error: /^Expected the end of the file/ },
    { name: 'an object left open', text: '{ "a": { "b": 1 }', line: 1, column: 18, error: /^Expected ',' or '}' but found the end of the file/ },
    { name: 'two commas in a row', text: '[1,,]', line: 1, column: 4, error: /^Expected a value/ },
    { name: 'a leading comma', text: '{ , "a": 1 }', line: 1, column: 3, error: /^Expected a value but found ','/ },
    { name: 'single quotes', text: "{ 'a': 1 }", line: 1, column: 3, error: /^Not a JSON token but found '''/ },
    { name: 'an unquoted key', text: '{ a: 1 }', line: 1, column: 3, error: /^Not a JSON token but found 'a'/ },
    { name: 'a Unicode space between tokens', text: '{ "a": 1\u2003}', line: 1, column: 9, error: /U\+2003/ },
    { name: 'a raw control character outside a string', text: '{ "a":\u000c1 }', line: 1, column: 7, error: /U\+000C/ },
    { name: 'an unterminated comment', text: '{ "a": 1 } /* open', line: 1, column: 12, error: /^Unterminated comment/ },
    { name: 'an unterminated string', text: '{ "a": "open }', line: 1, column: 8, error: /^Unterminated string/ },
    { name: 'an invalid escape', text: '{ "a": "\\q" }', line: 1, column: 8, error: /^Invalid escape/ },
    { name: 'a number JSON does not have', text: '[0x1F]', line: 1, column: 3, error: /^Not a JSON token but found 'x'/ },
    { name: 'NaN', text: '[NaN]', line: 1, column: 2, error: /^Not a JSON token/ },
    { name: 'an empty file', text: '  ', line: 1, column: 3, error: /^Expected a value but found the end of the file/ },
  ])('$name fails at $line:$column', ({ text, line, column, error }) => {
    const result = failure(text);
    expect(result).toMatchObject({ code: 'parse-error', line, column });
    expect(result.error).toMatch(error);
  });

  it('meets the loader limits as errors, not as a stack overflow', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 1)}1,${']'.repeat(MAX_DEPTH + 1)}`;
    expect(failure(deep)).toMatchObject({ code: 'input-too-deep', line: 1, column: MAX_DEPTH + 1 });
    expect(failure(`[${'['.repeat(100_000)}`).code).toBe('input-too-deep');
    expect(failure(`[${'0,'.repeat(MAX_ARRAY_LENGTH + 1)}]`)).toMatchObject({ code: 'input-too-large', error: expect.stringMatching(/more than 100000 items/) });
  });
});
