import { declarationPointer } from '../model.js';
import { fieldName, matchedOperations, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

export const inputRemoved: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const field of outermostMissing(before.inputs, after.inputs)) {
      findings.push({
        message: `The input field ${fieldName(field)} has been removed. Existing flows that set it will still send it, and its value is lost.`,
        side: 'old',
        pointer: declarationPointer(field),
        operationId,
      });
    }
  }
  return findings;
};
