import { describe, expect, it } from 'vitest';
import { describeFailure, locationIn, pathKind } from './definition-error.js';

describe('locationIn', () => {
  const file = '/home/me/My Connector/connector.ts';

  it('finds the first stack frame inside the definition', () => {
    const error = new Error('boom');
    error.stack = `Error: boom\n    at helper (/home/me/lib.ts:3:1)\n    at define (${file}:12:9)\n    at main (/x.js:1:1)`;
    expect(locationIn(error, file)).toBe(`${file}:12:9`);
  });

  it("reads tsx's data: URLs, which carry the path percent-encoded", () => {
    const error = new Error('boom');
    error.stack = `Error: boom\n    at data:text/javascript,abc?filePath=${encodeURIComponent(file)}%3Fnamespace%3D123:2:7`;
    expect(locationIn(error, file)).toBe(`${file}:2:7`);
  });

  it("reads esbuild's message and counts columns from 1", () => {
    const error = new Error(`Transform failed with 1 error:\n${file}:2:0: ERROR: Expected identifier but found end of file`);
    expect(locationIn(error, file)).toBe(`${file}:2:1`);
    expect(describeFailure(error)).toBe('Expected identifier but found end of file');
  });

  it('answers undefined when the definition is not involved', () => {
    expect(locationIn(new Error('x'), file)).toBeUndefined();
    expect(locationIn('not an error', file)).toBeUndefined();
  });
});

describe('pathKind', () => {
  it('tells files, folders and missing paths apart', () => {
    expect(pathKind(import.meta.filename)).toBe('file');
    expect(pathKind(import.meta.dirname)).toBe('directory');
    expect(pathKind(`${import.meta.dirname}/nope`)).toBe('missing');
  });
});
