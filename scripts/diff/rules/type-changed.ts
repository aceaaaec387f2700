import { declarationPointer, lookup } from '../model.js';
import { fieldName, incompatibleTypeChange, matchedFields, matchedOperations, operationsWithOutputs } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** What differs between the input and the output form of the rule: where the fields are and what breaks. */
const DIRECTIONS = {
  input: {
    fields: 'inputs',
    // Every matched operation has inputs.
    operations: matchedOperations,
    consequence: 'Existing flows send values of the old type.',
  },
  output: {
    fields: 'outputs',
    // Fields of the 2xx response body; a webhook trigger's payload is notification-payload-changed.
    operations: (oldView, newView) => operationsWithOutputs(oldView, newView, 'response'),
    consequence: 'Existing flows that use it may be broken.',
  },
} as const satisfies Record<string, { fields: 'inputs' | 'outputs'; operations: typeof matchedOperations; consequence: string }>;

/**
 * A field of a matched operation whose type changed in a way the profile's compatible changes
 * (`compatibleTypeChanges.input` / `.output`) do not allow: `parameter-type-changed` and
 * `output-field-type-changed` are this rule in each direction.
 */
export function typeChanged(direction: keyof typeof DIRECTIONS): RuleCheck {
  const { fields, operations, consequence } = DIRECTIONS[direction];
  return (oldView, newView, ctx) => {
    const findings: Finding[] = [];
    for (const { operationId, before, after } of operations(oldView, newView)) {
      for (const pair of matchedFields(before[fields], after[fields])) {
        if (!incompatibleTypeChange(pair.before, pair.after, ctx.compatibleTypeChanges[direction])) continue;
        findings.push({
          message: `The type has been changed for the ${direction} field ${fieldName(pair.after)} (${pair.before.type} → ${pair.after.type}). ${consequence}`,
          side: 'new',
          pointer: lookup(pair.after, 'type')?.pointer ?? declarationPointer(pair.after),
          operationId,
        });
      }
    }
    return findings;
  };
}
