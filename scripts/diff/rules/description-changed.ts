import type { PointerSegments } from '../../core/json-pointer.js';
import { toPointer } from '../../core/json-pointer.js';
import { lookup, type Field } from '../model.js';
import { matchedFields, matchedOperations } from '../compare.js';
import type { Finding, RuleCheck, Side } from '../types.js';

/** Display text only: flows store none of it. */
const OPERATION_TEXT = ['summary', 'description', 'x-ms-summary'];
const FIELD_TEXT = ['x-ms-summary', 'description', 'title'];

/** Text on operations and on the fields they share; a shared definition's text is reported once. */
export const descriptionChanged: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (operationId: string, what: string, side: Side, pointer: PointerSegments) => {
    const id = `${side}${toPointer(pointer)}`;
    if (seen.has(id)) return;
    seen.add(id);
    findings.push({ message: `The ${what} has been changed.`, side, pointer, operationId });
  };
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    for (const key of OPERATION_TEXT) {
      const a = before.operation[key];
      const b = after.operation[key];
      if (a === b) continue;
      const side = b === undefined ? 'old' : 'new';
      report(operationId, `${key} of the operation '${operationId}'`, side, [...(side === 'old' ? before : after).pointer, key]);
    }
    const fields = [...matchedFields(before.inputs, after.inputs), ...matchedFields(before.outputs, after.outputs)];
    for (const pair of fields) {
      for (const key of FIELD_TEXT) {
        const a = lookup(pair.before, key);
        const b = lookup(pair.after, key);
        if (a?.value === b?.value) continue;
        const where = b ?? a!;
        report(operationId, `${key} of the ${direction(pair.after)} field '${pair.after.key}'`, b ? 'new' : 'old', where.pointer);
      }
    }
  }
  return findings;
};

function direction(field: Field): string {
  return field.location === 'response' || field.location === 'notification' ? 'output' : 'input';
}
