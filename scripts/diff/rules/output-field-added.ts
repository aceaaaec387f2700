import { declarationPointer } from '../model.js';
import { fieldName, matchedOperations, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

export const outputFieldAdded: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const field of outermostMissing(after.outputs, before.outputs)) {
      findings.push({
        message: `The output field ${fieldName(field)} has been added.`,
        side: 'new',
        pointer: declarationPointer(field),
        operationId,
      });
    }
  }
  return findings;
};
