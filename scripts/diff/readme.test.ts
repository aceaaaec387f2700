import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, renderRules, withRules } from './readme.js';
import { ruleIds } from './ruleset.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README diff rules', () => {
  it('lists every rule of the catalogue (run `npx tsx scripts/diff/update-readme.ts` when this fails)', () => {
    expect(withRules(readme)).toBe(readme);
  });

  it('has one row per rule', () => {
    const rows = renderRules().split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => row.slice(3, row.indexOf('`', 3)))).toEqual(ruleIds);
  });

  it('only touches the text between the markers', () => {
    const text = `before\n${START}\nold\n${END}\nafter\n`;
    const updated = withRules(text);
    expect(updated.startsWith(`before\n${START}\n`)).toBe(true);
    expect(updated.endsWith(`\n${END}\nafter\n`)).toBe(true);
    expect(updated).not.toContain('\nold\n');
    expect(() => withRules('no markers')).toThrow(/markers/);
  });
});
