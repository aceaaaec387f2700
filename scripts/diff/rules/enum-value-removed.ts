import { lookup } from '../model.js';
import { jsonEqual, show } from '../json.js';
import { fieldName, matchedFields, matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/** A value a flow may have stored that the new version refuses: removed from `enum`, or an `enum` newly imposed. */
export const enumValueRemoved: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const pair of matchedFields(before.inputs, after.inputs)) {
      const next = lookup(pair.after, 'enum');
      if (!next || !Array.isArray(next.value)) continue;
      const allowed = next.value;
      const previous = lookup(pair.before, 'enum')?.value;
      if (!Array.isArray(previous)) {
        findings.push({
          message: `The input field ${fieldName(pair.after)} is now limited to ${allowed.map(show).join(', ')}. Existing flows may send other values.`,
          side: 'new',
          pointer: next.pointer,
          operationId,
        });
        continue;
      }
      const removed = previous.filter((value) => !allowed.some((kept) => jsonEqual(kept, value)));
      if (removed.length === 0) continue;
      findings.push({
        message: `The enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} ${removed.length > 1 ? 'have' : 'has'} been removed from the input field ${fieldName(pair.after)}. Existing flows that send ${removed.length > 1 ? 'them' : 'it'} will fail.`,
        side: 'new',
        pointer: next.pointer,
        operationId,
      });
    }
  }
  return findings;
};
