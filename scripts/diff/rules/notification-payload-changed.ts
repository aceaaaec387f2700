import { followRefs, notificationSchema } from '../model.js';
import { isObject, jsonEqual, stringAt } from '../json.js';
import { matchedOperations } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/**
 * The payload of a webhook trigger as a whole: removed, or its shape now comes from somewhere else
 * (static ↔ x-ms-dynamic-schema, or another dynamic-schema call). Field-level changes inside a static
 * payload are output-field-* changes.
 */
export const notificationPayloadChanged: RuleCheck = (oldView, newView) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of matchedOperations(oldView, newView)) {
    if (!before.triggerKind.startsWith('webhook') || !after.triggerKind.startsWith('webhook')) continue;
    const previous = notificationSchema(before.path, before.pathItem);
    if (!previous) continue;
    const next = notificationSchema(after.path, after.pathItem);
    if (!next) {
      findings.push({
        message: `The notification payload of the webhook trigger '${operationId}' has been removed (x-ms-notification-content). Existing flows that use the trigger outputs will be broken.`,
        side: 'old',
        pointer: ['paths', before.path, 'x-ms-notification-content'],
        operationId,
      });
      continue;
    }
    const oldSource = dynamicSchema(oldView.swagger, previous);
    const newSource = dynamicSchema(newView.swagger, next);
    if (jsonEqual(oldSource?.value, newSource?.value)) continue;
    findings.push({
      message: `The notification payload of the webhook trigger '${operationId}' now comes from ${describe(newSource?.value)} instead of ${describe(oldSource?.value)}. Existing flows may use fields the new payload does not have.`,
      side: 'new',
      pointer: newSource?.pointer ?? next.pointer,
      operationId,
    });
  }
  return findings;
};

function dynamicSchema(doc: Parameters<typeof followRefs>[0], schema: ReturnType<typeof notificationSchema> & object) {
  const resolved = followRefs(doc, schema).chain.at(-1)!;
  const value = resolved.node['x-ms-dynamic-schema'];
  return isObject(value) ? { value, pointer: [...resolved.pointer, 'x-ms-dynamic-schema'] } : undefined;
}

function describe(source: unknown): string {
  if (!isObject(source)) return 'a static schema';
  return `the dynamic schema of operation '${stringAt(source, 'operationId') ?? '?'}'`;
}
