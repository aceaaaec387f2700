import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './ruleset.js';
import { withRulesTable } from './rules-table.js';
import { PROFILES, severityFor } from './profiles.js';
import { ruleDocs } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const rulesDir = path.join(here, 'rules');

describe('the ruleset', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists every rule file, and every rule has its test and its doc', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(rules.map((r) => r.id).sort()).toEqual(files.sort());
    for (const rule of rules) {
      expect(rule.docs).toBe(ruleDocs(rule.id));
      expect(existsSync(path.join(rulesDir, `${rule.id}.test.ts`)), `${rule.id}.test.ts`).toBe(true);
      const doc = readFileSync(path.join(root, rule.docs), 'utf8');
      expect(doc, rule.id).toMatch(new RegExp(`^# ${rule.id}\\n`));
      for (const section of ['## Why', '## Incorrect', '## Correct']) expect(doc, `${rule.id}: ${section}`).toContain(section);
    }
  });

  it('keeps every rule’s message templates in the catalogue, each a function', () => {
    for (const rule of rules) {
      const templates = Object.entries(rule.messages);
      expect(templates.length, rule.id).toBeGreaterThan(0);
      for (const [name, template] of templates) expect(typeof template, `${rule.id}.${name}`).toBe('function');
    }
  });

  it('runs every rule in some profile, and never holds a custom connector to more than certification', () => {
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const;
    for (const rule of rules) {
      expect(PROFILES.some((p) => severityFor(rule, p) !== 'off'), rule.id).toBe(true);
      // Custom-only rules (paconn quirks such as stackOwner) have no certification severity.
      const certification = severityFor(rule, 'certification');
      if (certification !== 'off') expect(rank[severityFor(rule, 'custom')], rule.id).toBeLessThanOrEqual(rank[certification]);
    }
  });

  it('is listed in README.md as generated (run: npx tsx scripts/validate/write-rules-table.ts)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(withRulesTable(readme, rules)).toBe(readme);
  });
});
