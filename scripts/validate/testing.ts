/**
 * Table-driven rule tests: each rule's test lists documents that must pass and documents that must
 * fail at given pointers. The document builders (scripts/testing/connector.ts) build small, valid
 * connector documents so that a case shows only what it is about.
 */
import { describe, expect, it } from 'vitest';
import { ValidationContext } from './context.js';
import type { Profile, Rule } from './types.js';

export interface RuleCase {
  name: string;
  swagger?: unknown;
  apiProperties?: unknown;
  settings?: unknown;
  text?: string;
  format?: 'json' | 'yaml';
  profile?: Profile;
  /** Paths (as written in settings.json) that exist. */
  existingFiles?: string[];
}

export interface FailingCase extends RuleCase {
  /** Pointers of the expected findings, in any order. */
  pointers: string[];
  /** Every message must match. */
  message?: RegExp;
}

export function check(rule: Rule, input: RuleCase) {
  const ctx = new ValidationContext({
    kind: rule.appliesTo,
    profile: input.profile ?? 'custom',
    swagger: input.swagger,
    apiProperties: input.apiProperties,
    settings: input.settings,
    text: input.text ?? JSON.stringify(input[rule.appliesTo] ?? null),
    format: input.format ?? 'json',
    cwd: '.',
    fileExists: (file) => (input.existingFiles ?? []).includes(file),
  });
  return rule.check(ctx);
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: FailingCase[] }): void {
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('passes: %s', (_name, c) => {
      expect(check(rule, c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('fails: %s', (_name, c) => {
      const findings = check(rule, c);
      expect(findings.map((f) => f.pointer).sort()).toEqual([...c.pointers].sort());
      if (c.message) for (const f of findings) expect(f.message).toMatch(c.message);
    });
  });
}

// The document builders ship in the package's ./testing export; rule tests use them from here too.
export { apiProperties, op, pathParam, swagger } from '../testing/connector.js';
