import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from './shell-quote.js';

describe('shellQuote', () => {
  it('leaves plain paths as they are', () => {
    expect(shellQuote('my-service/index.ts')).toBe('my-service/index.ts');
    expect(shellQuote('../a_b/c.d')).toBe('../a_b/c.d');
  });

  it('quotes anything else so that sh reads back the same one argument', () => {
    for (const argument of ['a b/index.ts', "it's", '$HOME', 'a;rm -rf x', '`x`', '"q"', 'tab\there', '', '*']) {
      const quoted = shellQuote(argument);
      expect(execFileSync('sh', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' }), argument).toBe(argument);
    }
  });
});
