/**
 * Every rule, as data. The README table, the SARIF rule list and the profiles all read this list;
 * adding a rule means adding its file (with its test and doc) and one line here.
 */
import swaggerSchema from './rules/swagger-schema.js';
import operationIdRequired from './rules/operation-id-required.js';
import operationIdUnique from './rules/operation-id-unique.js';
import operationIdCharacters from './rules/operation-id-characters.js';
import operationIdPascalCase from './rules/operation-id-pascal-case.js';
import summaryRequired from './rules/summary-required.js';
import summaryLength from './rules/summary-length.js';
import summaryTrailingPunctuation from './rules/summary-trailing-punctuation.js';
import summaryRestrictedCharacters from './rules/summary-restricted-characters.js';
import operationDescription from './rules/operation-description.js';
import type { Rule } from './types.js';

export const rules: readonly Rule[] = [
  swaggerSchema,
  operationIdRequired,
  operationIdUnique,
  operationIdCharacters,
  operationIdPascalCase,
  summaryRequired,
  summaryLength,
  summaryTrailingPunctuation,
  summaryRestrictedCharacters,
  operationDescription,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
