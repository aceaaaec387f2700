/**
 * Every rule, as data. The README table, SARIF's rule list and the profiles all read this list;
 * adding a rule means adding its file (with test and doc) and one line here.
 */
import type { Rule } from './types.js';

export const rules: readonly Rule[] = [];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
