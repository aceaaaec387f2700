import { declarationPointer } from '../model.js';
import { fieldName, operationsWithOutputs, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** Fields of the 2xx response body; a webhook trigger's payload is notification-payload-changed. */
export const outputFieldDeleted: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of operationsWithOutputs(oldView, newView, 'response')) {
    for (const field of outermostMissing(before.outputs, after.outputs)) {
      findings.push({
        message: `The output field ${fieldName(field)} has been deleted. Existing flows may be broken if they use it.`,
        side: 'old',
        pointer: declarationPointer(field),
        operationId,
      });
    }
  }
  return findings;
};
