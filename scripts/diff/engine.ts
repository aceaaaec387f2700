/**
 * Runs every rule of the catalogue over two versions of a connector and turns the findings into
 * changes: id, severity and advice from the catalogue, pointer rendered, a stable order.
 */
import { toPointer } from '../shared/json-pointer.js';
import { isObject, objectAt, type JsonObject } from './json.js';
import { buildView, type ConnectorView } from './model.js';
import { ruleIds, ruleset, type AdviceContext, type RuleDefinition, type RuleId } from './ruleset.js';
import type { Change, DiffResult, RuleContext } from './types.js';

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

export function diffConnectors(
  before: ConnectorVersion,
  after: ConnectorVersion,
  options: { rules?: readonly RuleId[]; ctx?: RuleContext } = {},
): DiffResult {
  const oldView = view(before);
  const newView = view(after);
  const ctx = options.ctx ?? defaultContext;
  const changes: Change[] = [];
  for (const id of options.rules ?? ruleIds) {
    const rule: RuleDefinition = ruleset[id];
    for (const finding of rule.check(oldView, newView, ctx)) {
      const change: Change = {
        code: id,
        severity: rule.severity,
        message: finding.message,
        pointer: toPointer(finding.pointer),
        operationId: finding.operationId,
        side: finding.side,
        document: finding.document ?? 'apiDefinition',
      };
      if (rule.severity === 'breaking' && rule.advice) change.advice = rule.advice(adviceContext(oldView, finding.operationId));
      changes.push(change);
    }
  }
  changes.sort(compareChanges);
  return { changes, summary: summarize(changes) };
}

export function summarize(changes: readonly Change[]): DiffResult['summary'] {
  const breaking = changes.filter((c) => c.severity === 'breaking').length;
  return { breaking, nonBreaking: changes.length - breaking };
}

function view(version: ConnectorVersion): ConnectorView {
  const swagger: JsonObject = isObject(version.swagger) ? version.swagger : {};
  return buildView(swagger, isObject(version.apiProperties) ? version.apiProperties : undefined);
}

/** Breaking first, then grouped by operation (connection-level last), in catalogue order, then by pointer. */
function compareChanges(a: Change, b: Change): number {
  return (
    Number(a.severity !== 'breaking') - Number(b.severity !== 'breaking') ||
    (a.operationId ?? '\uffff').localeCompare(b.operationId ?? '\uffff') ||
    ruleIds.indexOf(a.code) - ruleIds.indexOf(b.code) ||
    a.pointer.localeCompare(b.pointer)
  );
}

/** The family and next revision come from the old version: that is what is being evolved. */
export function adviceContext(oldView: ConnectorView, operationId: string | null): AdviceContext {
  const operation = operationId === null ? undefined : oldView.operations.get(operationId);
  const family = annotation(operation?.operation).family ?? operationId ?? '';
  let highest = 1;
  for (const other of oldView.operations.values()) {
    const { family: otherFamily, revision } = annotation(other.operation);
    if ((otherFamily ?? other.operationId) === family) highest = Math.max(highest, revision ?? 1);
  }
  let nextRevision = highest + 1;
  while (oldView.operations.has(`${family}V${nextRevision}`)) nextRevision++;
  return { operationId, family, nextRevision, suggestedOperationId: `${family}V${nextRevision}` };
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
