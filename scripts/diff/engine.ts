/**
 * Runs every rule of the catalogue over two versions of a connector and turns the findings into
 * changes: id, severity and advice from the catalogue, pointer rendered, a stable order.
 */
import { toPointer } from '../core/json-pointer.js';
import { isObject, objectAt, type JsonObject } from './json.js';
import { buildView, type ConnectorView } from './model.js';
import { ruleIds, ruleset, type AdviceContext, type RuleDefinition, type RuleId } from './ruleset.js';
import { isBreaking, toDiagnosticSeverity, type Change, type DiffResult, type RuleContext } from './types.js';

/** One version of a connector: its swagger, and its apiProperties when known. */
export interface ConnectorVersion {
  swagger: unknown;
  apiProperties?: unknown;
}

export const defaultContext: RuleContext = {
  // Widening an input or narrowing an output keeps every stored value valid.
  compatibleTypeChanges: {
    input: [['integer', 'number']],
    output: [['number', 'integer']],
  },
};

/**
 * Rules that compare operations and connection parameters only, never fields: they stay right when
 * a view ran out of its schema-node budget, so they still run then. Every other rule compares
 * fields, and partial fields would make up deletions.
 */
const FIELD_INDEPENDENT: ReadonlySet<RuleId> = new Set<RuleId>([
  'diff-budget-reached',
  'operation-deleted',
  'operation-hidden',
  'path-changed',
  'connection-parameters-changed',
  'operation-added',
  'operation-deprecated',
]);

export function diffConnectors(
  before: ConnectorVersion,
  after: ConnectorVersion,
  options: { rules?: readonly RuleId[]; ctx?: RuleContext; maxSchemaNodes?: number } = {},
): DiffResult {
  const oldView = view(before, options.maxSchemaNodes);
  const newView = view(after, options.maxSchemaNodes);
  const partial = oldView.budgetReached !== undefined || newView.budgetReached !== undefined;
  const ctx = options.ctx ?? defaultContext;
  const advice = adviceIndex(oldView);
  const changes: Change[] = [];
  for (const id of options.rules ?? ruleIds) {
    if (partial && !FIELD_INDEPENDENT.has(id)) continue;
    const rule: RuleDefinition = ruleset[id];
    for (const finding of rule.check(oldView, newView, ctx)) {
      const change: Change = {
        code: id,
        severity: toDiagnosticSeverity(rule.severity),
        message: finding.message,
        pointer: toPointer(finding.pointer),
        operationId: finding.operationId,
        side: finding.side,
        document: finding.document ?? 'apiDefinition',
      };
      if (rule.severity === 'breaking' && rule.advice) change.advice = rule.advice(advice(finding.operationId));
      changes.push(change);
    }
  }
  changes.sort(compareChanges);
  return { changes, summary: summarize(changes), uncompared: { old: oldView.uncompared, new: newView.uncompared } };
}

export function summarize(changes: readonly Change[]): DiffResult['summary'] {
  const breaking = changes.filter(isBreaking).length;
  return { breaking, nonBreaking: changes.length - breaking };
}

function view(version: ConnectorVersion, maxSchemaNodes: number | undefined): ConnectorView {
  const swagger: JsonObject = isObject(version.swagger) ? version.swagger : {};
  return buildView(swagger, isObject(version.apiProperties) ? version.apiProperties : undefined, maxSchemaNodes);
}

/** Breaking first, then grouped by operation (connection-level last), in catalogue order, then by pointer. */
function compareChanges(a: Change, b: Change): number {
  return (
    Number(!isBreaking(a)) - Number(!isBreaking(b)) ||
    (a.operationId ?? '\uffff').localeCompare(b.operationId ?? '\uffff') ||
    ruleIds.indexOf(a.code) - ruleIds.indexOf(b.code) ||
    a.pointer.localeCompare(b.pointer)
  );
}

/** The family and next revision come from the old version: that is what is being evolved. */
export function adviceContext(oldView: ConnectorView, operationId: string | null): AdviceContext {
  return adviceIndex(oldView)(operationId);
}

/**
 * Advice for any operation of the old version, from one pass over its operations: the highest
 * revision of every family is indexed once per diff, not rescanned for each breaking change
 * (which made large diffs grow with the square of their operations).
 */
export function adviceIndex(oldView: ConnectorView): (operationId: string | null) => AdviceContext {
  const highestByFamily = new Map<string, number>();
  for (const other of oldView.operations.values()) {
    const { family: otherFamily, revision } = annotation(other.operation);
    const family = otherFamily ?? other.operationId;
    highestByFamily.set(family, Math.max(highestByFamily.get(family) ?? 1, revision ?? 1));
  }
  return (operationId) => {
    const operation = operationId === null ? undefined : oldView.operations.get(operationId);
    const family = annotation(operation?.operation).family ?? operationId ?? '';
    let nextRevision = (highestByFamily.get(family) ?? 1) + 1;
    while (oldView.operations.has(`${family}V${nextRevision}`)) nextRevision++;
    return { operationId, family, nextRevision, suggestedOperationId: `${family}V${nextRevision}` };
  };
}

function annotation(operation: JsonObject | undefined): { family?: string; revision?: number } {
  const value = objectAt(operation, 'x-ms-api-annotation');
  const family = value?.['family'];
  const revision = value?.['revision'];
  return {
    ...(typeof family === 'string' ? { family } : {}),
    ...(typeof revision === 'number' ? { revision } : {}),
  };
}
