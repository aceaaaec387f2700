import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { isLoadedDocument, loadDocument, loadDocumentFromFile, MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_VALUES, type LoadedDocument } from './load-document.js';

function loaded(file: string, text: string): LoadedDocument {
  const result = loadDocument(file, text);
  if (!isLoadedDocument(result)) throw new Error(`expected a document, got ${result.message}`);
  return result;
}

function failed(file: string, text: string): Diagnostic {
  const result = loadDocument(file, text);
  if (isLoadedDocument(result)) throw new Error('expected a diagnostic');
  return result;
}

const json = `{
  "swagger": "2.0",
  "paths": {
    "/a/{b}": { "get": { "summary": "x" } }
  },
  "tags": [ { "name": "t" }, 3 ],
  "we~ird/key": null
}
`;

describe('loadDocument (JSON)', () => {
  it('returns the same value as JSON.parse', () => {
    expect(loaded('a.json', json).value).toEqual(JSON.parse(json));
  });

  it.each([
    ['', 1, 1],
    ['/swagger', 2, 3],
    ['/paths/~1a~1{b}/get/summary', 4, 26],
    ['/tags/1', 6, 30],
    ['/tags/0/name', 6, 15],
    ['/we~0ird~1key', 7, 3],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    expect(loaded('a.json', json).locate(pointer)).toEqual({ line, column });
  });

  it('answers undefined for pointers that do not exist', () => {
    const doc = loaded('a.json', json);
    expect(doc.locate('/nope')).toBeUndefined();
    expect(doc.locate('/tags/7')).toBeUndefined();
    expect(doc.locate('not a pointer')).toBeUndefined();
  });

  it('keeps __proto__ as an ordinary key', () => {
    const doc = loaded('a.json', '{"__proto__": {"x": 1}}');
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype);
    expect(doc.locate('/__proto__/x')).toEqual({ line: 1, column: 16 });
  });

  it.each([
    ['{"a": 1,}', /property name/, 1, 9],
    ['{"a": 1}\n// note', /end of the file.*comments/, 2, 1],
    ['{\n  "a": tru }', /a value/, 2, 8],
    ['{"a": "x\ty"}', /control character/, 1, 9],
    ['', /a value/, 1, 1],
  ])('reports %j as a parse error with its position', (text, message, line, column) => {
    const diagnostic = failed('bad.json', text);
    expect(diagnostic).toMatchObject({ code: 'parse-error', severity: 'error', pointer: '', line, column });
    expect(diagnostic.message).toMatch(message);
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = '['.repeat(MAX_DEPTH + 5) + ']'.repeat(MAX_DEPTH + 5);
    expect(failed('deep.json', deep).code).toBe('input-too-deep');
    expect(failed('deep.json', '['.repeat(200_000)).code).toBe('input-too-deep');
  });

  it('refuses an array longer than the limit while scanning, before building anything', () => {
    // 10 million `{}` in 30 MB, under the size limit, used to exhaust the heap.
    const long = `{"a":[${'{},'.repeat(MAX_ARRAY_LENGTH)}{}]}`;
    const result = failed('long.json', long);
    expect(result).toMatchObject({ code: 'input-too-large', line: 1 });
    expect(result.message).toContain(String(MAX_ARRAY_LENGTH));
    expect(loaded('ok.json', `[${'1,'.repeat(MAX_ARRAY_LENGTH - 1)}1]`).value).toHaveLength(MAX_ARRAY_LENGTH);
  });

  it('refuses more values than the limit in one document', () => {
    const rows = Math.ceil(MAX_VALUES / 50_000) + 1;
    const many = `[${Array.from({ length: rows }, () => `[${'0,'.repeat(49_999)}0]`).join(',')}]`;
    expect(failed('many.json', many)).toMatchObject({ code: 'input-too-large' });
  });

  it('refuses enormous input before parsing it', () => {
    expect(failed('huge.json', ' '.repeat(33 * 1024 * 1024))).toMatchObject({ code: 'input-too-large', pointer: '' });
  });

  it('reads a file with a byte-order mark (rules report the mark itself)', () => {
    expect(loaded('a.json', '\ufeff{"a": 1}').value).toEqual({ a: 1 });
  });

  it('sniffs JSON by content when the name says nothing', () => {
    expect(loaded('swagger', '  {"a": [1]}').format).toBe('json');
    expect(loaded('swagger', 'a: [1]').format).toBe('yaml');
  });
});

describe('loadDocument (YAML)', () => {
  const yaml = `swagger: "2.0"
paths:
  /a/{b}:
    get:
      summary: x
tags:
  - name: t
  - 3
anchored: &a { k: v }
alias: *a
`;

  it('parses YAML 1.2 core values', () => {
    expect(loaded('a.yaml', yaml).value).toEqual({
      swagger: '2.0',
      paths: { '/a/{b}': { get: { summary: 'x' } } },
      tags: [{ name: 't' }, 3],
      anchored: { k: 'v' },
      alias: { k: 'v' },
    });
  });

  it.each([
    ['', 1, 1],
    ['/swagger', 1, 1],
    ['/paths/~1a~1{b}/get/summary', 5, 7],
    ['/tags/1', 8, 5],
    ['/tags/0/name', 7, 5],
    ['/anchored/k', 9, 16],
    ['/alias', 10, 1],
  ])('locates %s at %i:%i', (pointer, line, column) => {
    expect(loaded('a.yaml', yaml).locate(pointer)).toEqual({ line, column });
  });

  it('refuses alias bombs and self-referring aliases instead of expanding them', () => {
    let bomb = 'a0: &a0 [x, x]\n';
    for (let i = 1; i < 40; i++) bomb += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
    expect(failed('bomb.yaml', bomb).code).toBe('input-too-large');
    expect(failed('cycle.yaml', 'a: &a\n  b: *a\n').code).toBe('input-too-large');
    expect(loaded('shared.yaml', 'a: &a [1, 2]\nb: *a\n').value).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('reports duplicate keys and syntax errors with their position', () => {
    expect(failed('a.yml', 'a: 1\na: 2\n')).toMatchObject({ code: 'parse-error', line: 2, column: 1 });
    expect(failed('a.yml', 'a: [1\nb: 2\n').code).toBe('parse-error');
    expect(failed('a.yml', '').code).toBe('parse-error');
  });
});

describe('loadDocumentFromFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-document-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads files and reports missing ones and folders as unreadable', () => {
    const file = path.join(dir, 'x.json');
    writeFileSync(file, '{"a": 1}');
    const doc = loadDocumentFromFile(file);
    expect(isLoadedDocument(doc) && doc.value).toEqual({ a: 1 });
    expect(loadDocumentFromFile(path.join(dir, 'missing.json'))).toMatchObject({ code: 'unreadable-file' });
    expect(loadDocumentFromFile(dir)).toMatchObject({ code: 'unreadable-file' });
    expect(loadDocumentFromFile('/dev/zero')).toMatchObject({ code: 'unreadable-file', message: expect.stringMatching(/not a regular file/) });
  });
});
