import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** operationIds name the actions in flows and in x-ms-dynamic-* lookups; two with one name are ambiguous. */
const rule = defineRule({
  id: 'operation-id-unique',
  description: 'operationIds are unique across the swagger.',
  docs: ruleDocs('operation-id-unique'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const first = new Map<string, string>();
    const findings: Finding[] = [];
    for (const entry of ctx.operations) {
      if (!entry.operationId) continue;
      const key = entry.operationId;
      const previous = first.get(key);
      if (previous === undefined) {
        first.set(key, `${entry.method.toUpperCase()} ${entry.path}`);
        continue;
      }
      findings.push({
        pointer: pointer(entry.at, 'operationId'),
        message: `operationId '${entry.operationId}' is already used by ${previous}.`,
      });
    }
    return findings;
  },
});
export default rule;
