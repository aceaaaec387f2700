/** Pairings the rules share: operations matched by operationId, fields matched by key. */
import { lookup, type Field, type ConnectorView, type OperationView } from './model.js';

export interface OperationPair {
  operationId: string;
  before: OperationView;
  after: OperationView;
}

/** Operations present in both versions; a flow finds its operation again only by operationId. */
export function matchedOperations(oldView: ConnectorView, newView: ConnectorView): OperationPair[] {
  const pairs: OperationPair[] = [];
  for (const [operationId, before] of oldView.operations) {
    const after = newView.operations.get(operationId);
    if (after) pairs.push({ operationId, before, after });
  }
  return pairs;
}

/** Where an operation's outputs come from: the 2xx response body, or a webhook trigger's notification payload. */
export function outputSource(operation: OperationView): 'response' | 'notification' {
  return operation.triggerKind.startsWith('webhook') ? 'notification' : 'response';
}

/**
 * Matched operations whose outputs come from `source` in both versions. When the source itself
 * changed (an action became a webhook trigger) trigger-kind-changed says it all; comparing a
 * response with a payload field by field would only add noise.
 */
export function operationsWithOutputs(oldView: ConnectorView, newView: ConnectorView, source: 'response' | 'notification'): OperationPair[] {
  return matchedOperations(oldView, newView).filter(({ before, after }) => outputSource(before) === source && outputSource(after) === source);
}

export interface FieldPair {
  before: Field;
  after: Field;
}

export function matchedFields(before: ReadonlyMap<string, Field>, after: ReadonlyMap<string, Field>): FieldPair[] {
  const pairs: FieldPair[] = [];
  for (const [key, field] of before) {
    const other = after.get(key);
    if (other) pairs.push({ before: field, after: other });
  }
  return pairs;
}

/**
 * Fields of `from` missing from `to`, keeping only the outermost one of a missing subtree: when
 * `body/address` goes, `body/address/city` going with it is the same change. Under a parent whose
 * shape is dynamic in `to` (x-ms-dynamic-schema / -properties) the fields are unknown, not missing.
 */
export function outermostMissing(from: ReadonlyMap<string, Field>, to: ReadonlyMap<string, Field>): Field[] {
  return [...from.values()].filter((field) => {
    if (to.has(field.key)) return false;
    if (field.parentKey === undefined) return true;
    const parent = to.get(field.parentKey);
    return parent !== undefined && !hasDynamicShape(parent);
  });
}

export function hasDynamicShape(field: Field): boolean {
  return lookup(field, 'x-ms-dynamic-schema') !== undefined || lookup(field, 'x-ms-dynamic-properties') !== undefined;
}

/** Both types known and different, and not a change the direction allows (ctx.compatibleTypeChanges). */
export function incompatibleTypeChange(
  before: Field,
  after: Field,
  allowed: readonly (readonly [string, string])[],
): boolean {
  if (before.type === undefined || after.type === undefined || before.type === after.type) return false;
  return !allowed.some(([from, to]) => from === before.type && to === after.type);
}

/** `'body/name'` for messages. */
export function fieldName(field: Field): string {
  return `'${field.key}'`;
}
