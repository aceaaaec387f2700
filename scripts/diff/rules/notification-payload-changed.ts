import type { PointerSegments } from '../../core/json-pointer.js';
import { declarationPointer, followRefs, lookup, notificationSchema, type SchemaNode } from '../model.js';
import { isObject, jsonEqual, stringAt, type JsonObject } from '../json.js';
import { fieldName, incompatibleTypeChange, matchedFields, operationsWithOutputs, outermostMissing } from '../compare.js';
import type { Finding, RuleCheck } from '../types.js';

/**
 * What a webhook trigger delivers to its flows (x-ms-notification-content on the path item): the
 * payload removed, its shape now coming from elsewhere (static ↔ x-ms-dynamic-schema, another
 * dynamic-schema call), or a payload field deleted or retyped. New payload fields are output-field-added.
 */
export const notificationPayloadChanged: RuleCheck = (oldView, newView, ctx) => {
  const findings: Finding[] = [];
  for (const { operationId, before, after } of operationsWithOutputs(oldView, newView, 'notification')) {
    const report = (message: string, side: 'old' | 'new', pointer: PointerSegments) =>
      findings.push({ message: `The notification payload of the webhook trigger '${operationId}' ${message}`, side, pointer, operationId });
    const previous = notificationSchema(before.path, before.pathItem);
    if (!previous) continue;
    const next = notificationSchema(after.path, after.pathItem);
    if (!next) {
      report('has been removed (x-ms-notification-content). Existing flows that use the trigger outputs will be broken.', 'old', ['paths', before.path, 'x-ms-notification-content']);
      continue;
    }
    const oldSource = dynamicSchema(oldView.swagger, previous);
    const newSource = dynamicSchema(newView.swagger, next);
    if (!jsonEqual(oldSource?.value, newSource?.value)) {
      report(
        `now comes from ${describe(newSource?.value)} instead of ${describe(oldSource?.value)}. Existing flows may use fields the new payload does not have.`,
        'new',
        newSource?.pointer ?? next.pointer,
      );
      continue;
    }
    for (const field of outermostMissing(before.outputs, after.outputs)) {
      report(`no longer has the field ${fieldName(field)}. Existing flows may be broken if they use it.`, 'old', declarationPointer(field));
    }
    for (const pair of matchedFields(before.outputs, after.outputs)) {
      if (!incompatibleTypeChange(pair.before, pair.after, ctx.compatibleTypeChanges.output)) continue;
      report(
        `has changed the type of the field ${fieldName(pair.after)} (${pair.before.type} → ${pair.after.type}). Existing flows that use it may be broken.`,
        'new',
        lookup(pair.after, 'type')?.pointer ?? declarationPointer(pair.after),
      );
    }
  }
  return findings;
};

function dynamicSchema(doc: JsonObject, schema: SchemaNode): { value: JsonObject; pointer: PointerSegments } | undefined {
  const resolved = followRefs(doc, schema).chain.at(-1)!;
  const value = resolved.node['x-ms-dynamic-schema'];
  return isObject(value) ? { value, pointer: [...resolved.pointer, 'x-ms-dynamic-schema'] } : undefined;
}

function describe(source: unknown): string {
  if (!isObject(source)) return 'a static schema';
  return `the dynamic schema of operation '${stringAt(source, 'operationId') ?? '?'}'`;
}
