import { declarationPointer } from '../model.js';
import { fieldName, matchedOperations, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/**
 * Only the outermost new field counts: a required property inside a new optional object is not
 * sent by anyone yet. A new field under an existing parent is required when its parent requires it.
 */
export const requiredInputAdded: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const field of outermostMissing(after.inputs, before.inputs)) {
      if (!field.required) continue;
      findings.push({
        message: `The required input field ${fieldName(field)} has been added. Existing flows will not send this new field.`,
        side: 'new',
        pointer: declarationPointer(field),
        operationId,
      });
    }
  }
  return findings;
};
