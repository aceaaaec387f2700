import type { PointerSegments } from '../../core/json-pointer.js';
import { isObject, stringAt } from '../json.js';
import { lookup, type Field, type OperationView } from '../model.js';
import { matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];

/** Where a picker's value is read from; a different one means stored values may not be offered any more. */
const VALUE_PATH: Record<string, string> = { 'x-ms-dynamic-values': 'value-path', 'x-ms-dynamic-list': 'itemValuePath' };

interface DynamicRef {
  field: Field;
  direction: 'input' | 'output';
  extension: string;
  target: string;
  valuePath: string | undefined;
  pointer: PointerSegments;
}

/**
 * A picker (x-ms-dynamic-values / -list) or a dynamic shape (x-ms-dynamic-schema / -properties)
 * calls another operation of the connector. Breaking: that operation is gone from the new version,
 * or a picker now lists values from another operation or value path than the one flows stored.
 */
export const dynamicValuesTargetRemoved: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    const previous = dynamicRefs(before);
    for (const ref of dynamicRefs(after)) {
      if (newView.operations.has(ref.target) || !oldView.operations.has(ref.target)) continue;
      findings.push({
        message: `The ${ref.extension} of the ${ref.direction} field '${ref.field.key}' calls the operation '${ref.target}', which has been removed. The designer can no longer load it for existing flows.`,
        side: 'new',
        pointer: [...ref.pointer, 'operationId'],
        operationId,
      });
    }
    for (const ref of dynamicRefs(after)) {
      if (ref.direction !== 'input' || !(ref.extension in VALUE_PATH) || !newView.operations.has(ref.target)) continue;
      const old = previous.find((p) => p.field.key === ref.field.key && p.extension === ref.extension && p.direction === ref.direction);
      if (!old || (old.target === ref.target && old.valuePath === ref.valuePath)) continue;
      findings.push({
        message: `The ${ref.extension} of the input field '${ref.field.key}' now come from '${ref.target}'${at(ref.valuePath)} instead of '${old.target}'${at(old.valuePath)}. Values stored by existing flows may not be valid any more.`,
        side: 'new',
        pointer: ref.pointer,
        operationId,
      });
    }
  }
  return findings;
};

function at(valuePath: string | undefined): string {
  return valuePath === undefined ? '' : ` (${valuePath})`;
}

function dynamicRefs(operation: OperationView): DynamicRef[] {
  const refs: DynamicRef[] = [];
  const collect = (fields: ReadonlyMap<string, Field>, direction: DynamicRef['direction']) => {
    for (const field of fields.values()) {
      for (const extension of DYNAMIC_EXTENSIONS) {
        const found = lookup(field, extension);
        const target = stringAt(found?.value, 'operationId');
        if (!found || !isObject(found.value) || target === undefined) continue;
        const valuePathKey = VALUE_PATH[extension];
        const valuePath = valuePathKey === undefined ? undefined : stringAt(found.value, valuePathKey);
        refs.push({ field, direction, extension, target, valuePath, pointer: found.pointer });
      }
    }
  };
  collect(operation.inputs, 'input');
  collect(operation.outputs, 'output');
  return refs;
}
