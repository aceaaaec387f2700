import { fieldName, matchedFields, matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

export const inputMadeRequired: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const pair of matchedFields(before.inputs, after.inputs)) {
      if (pair.before.required || !pair.after.required) continue;
      findings.push({
        message: `The input field ${fieldName(pair.after)} has been made required. Existing flows that leave it empty will not send it.`,
        side: 'new',
        pointer: pair.after.requiredPointer,
        operationId,
      });
    }
  }
  return findings;
};
