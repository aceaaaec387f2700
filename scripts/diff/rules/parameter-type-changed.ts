import { declarationPointer, lookup } from '../model.js';
import { fieldName, incompatibleTypeChange, matchedFields, matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

export const parameterTypeChanged: RuleCheck = (oldView, newView, ctx) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const pair of matchedFields(before.inputs, after.inputs)) {
      if (!incompatibleTypeChange(pair.before, pair.after, ctx.compatibleTypeChanges.input)) continue;
      findings.push({
        message:
          `The type has been changed for the input field ${fieldName(pair.after)} (${pair.before.type} → ${pair.after.type}). ` +
          'Existing flows send values of the old type.',
        side: 'new',
        pointer: lookup(pair.after, 'type')?.pointer ?? declarationPointer(pair.after),
        operationId,
      });
    }
  }
  return findings;
};
