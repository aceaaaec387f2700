import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, docPath, renderRules, withRules } from './readme.js';
import { ruleIds, ruleset } from './ruleset.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README diff rules', () => {
  it('lists every rule of the catalogue (run `npx tsx scripts/diff/update-readme.ts` when this fails)', () => {
    expect(withRules(readme)).toBe(readme);
  });

  it('has one row per rule', () => {
    const rows = renderRules().split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows.map((row) => /^\| \[`([a-z-]+)`\]/.exec(row)?.[1])).toEqual(ruleIds);
  });

  it('links every rule to its page, which agrees with the catalogue on severity', () => {
    for (const id of ruleIds) {
      const page = readFileSync(new URL(`../../${docPath(id)}`, import.meta.url), 'utf8');
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(page).toContain(ruleset[id].severity === 'breaking' ? '**Breaking.**' : '**Non-breaking.**');
    }
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
