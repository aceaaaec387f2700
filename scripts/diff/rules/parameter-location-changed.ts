import { declarationPointer } from '../model.js';
import { matchedFields, matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

export const parameterLocationChanged: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const pair of matchedFields(before.inputs, after.inputs)) {
      if (pair.before.parentKey !== undefined || pair.before.location === pair.after.location) continue;
      findings.push({
        message:
          `The location has been changed for the parameter '${pair.after.key}' (${pair.before.location} → ${pair.after.location}). ` +
          'Existing flows will continue to send the parameter in the old location.',
        side: 'new',
        pointer: [...declarationPointer(pair.after), 'in'],
        operationId,
      });
    }
  }
  return findings;
};
