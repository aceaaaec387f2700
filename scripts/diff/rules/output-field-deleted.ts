import { declarationPointer } from '../model.js';
import { fieldName, matchedOperations, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** Outputs are the 2xx response body, or for a webhook trigger the x-ms-notification-content payload. */
export const outputFieldDeleted: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    // A trigger that stopped delivering a payload at all is notification-payload-changed.
    if (after.outputs.size === 0 && before.outputs.get('body')?.location === 'notification') continue;
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
