import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMicrosoftRules, withMicrosoftSection } from './microsoft-rules-doc.js';
import { MICROSOFT_ERRORS, microsoftErrorsFor, type MicrosoftError } from './microsoft-rules.js';
import { rules } from './ruleset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ids = new Set(rules.map((r) => r.id));

/** What is wrong with an entry, or undefined: it names existing rules, or says why it cannot be checked. */
function problem(entry: MicrosoftError): string | undefined {
  const hasRules = entry.rules !== undefined && entry.rules.length > 0;
  const hasReason = typeof entry.offline === 'string' && entry.offline.trim().length > 20;
  if (!hasRules && !hasReason) return `${entry.name} has neither a rule nor a reason it cannot be checked offline`;
  if (hasRules && entry.offline !== undefined) return `${entry.name} has both rules and an offline reason`;
  const unknown = (entry.rules ?? []).filter((id) => !ids.has(id));
  if (unknown.length > 0) return `${entry.name} names unknown rules ${unknown.join(', ')}`;
  return undefined;
}

describe("Microsoft's Swagger Validator list", () => {
  it('maps every error to a rule, or explains why it cannot be checked offline', () => {
    expect(MICROSOFT_ERRORS.map(problem).filter((p) => p !== undefined)).toEqual([]);
    expect(new Set(MICROSOFT_ERRORS.map((e) => e.name)).size).toBe(MICROSOFT_ERRORS.length);
    expect(MICROSOFT_ERRORS.length).toBe(174);
  });

  it('fails an entry that has neither', () => {
    expect(problem({ name: 'SomeError', section: 'Operations' })).toMatch(/neither/);
    expect(problem({ name: 'SomeError', section: 'Operations', rules: [] })).toMatch(/neither/);
    expect(problem({ name: 'SomeError', section: 'Operations', rules: ['no-such-rule'] })).toMatch(/unknown rules/);
    expect(problem({ name: 'SomeError', section: 'Operations', offline: 'Because the limit is a service setting.' })).toBeUndefined();
  });

  it('is current in microsoft-rules.md (run: npx tsx scripts/validate/microsoft-rules-write.ts)', () => {
    expect(readFileSync(path.join(root, 'scripts/validate/microsoft-rules.md'), 'utf8')).toBe(renderMicrosoftRules());
  });

  it("is named on each rule's page, as generated", () => {
    for (const rule of rules) {
      const page = readFileSync(path.join(root, rule.docs), 'utf8');
      expect(withMicrosoftSection(page, rule.id), rule.id).toBe(page);
      for (const name of microsoftErrorsFor(rule.id)) expect(page, `${rule.id}: ${name}`).toContain(`\`${name}\``);
    }
  });
});
