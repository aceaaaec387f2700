import { declarationPointer, lookup } from '../model.js';
import { fieldName, incompatibleTypeChange, matchedFields, operationsWithOutputs } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** Fields of the 2xx response body; a webhook trigger's payload is notification-payload-changed. */
export const outputFieldTypeChanged: RuleCheck = (oldView, newView, ctx) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of operationsWithOutputs(oldView, newView, 'response')) {
    for (const pair of matchedFields(before.outputs, after.outputs)) {
      if (!incompatibleTypeChange(pair.before, pair.after, ctx.compatibleTypeChanges.output)) continue;
      findings.push({
        message:
          `The type has been changed for the output field ${fieldName(pair.after)} (${pair.before.type} → ${pair.after.type}). ` +
          'Existing flows that use it may be broken.',
        side: 'new',
        pointer: lookup(pair.after, 'type')?.pointer ?? declarationPointer(pair.after),
        operationId,
      });
    }
  }
  return findings;
};
