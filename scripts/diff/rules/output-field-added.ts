import { declarationPointer } from '../model.js';
import { fieldName, operationsWithOutputs, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** In the 2xx response body, or in a webhook trigger's notification payload. */
export const outputFieldAdded: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  const pairs = [...operationsWithOutputs(oldView, newView, 'response'), ...operationsWithOutputs(oldView, newView, 'notification')];
  for (const { operationId, before, after } of pairs) {
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
