/**
 * The catalogue of breaking-change rules, as data: id → severity, one-line description, the pure
 * check, and for breaking rules the advice that says how to ship the same intent safely. The README
 * table and the engine both read this object; nothing else lists the rules.
 */
import type { ChangeSeverity, RuleCheck } from './types.js';
import { connectionParametersChanged } from './rules/connection-parameters-changed.js';
import { descriptionChanged } from './rules/description-changed.js';
import { diffBudgetReached } from './rules/diff-budget-reached.js';
import { dynamicValuesTargetRemoved } from './rules/dynamic-values-target-removed.js';
import { enumValueRemoved } from './rules/enum-value-removed.js';
import { inputMadeRequired } from './rules/input-made-required.js';
import { inputRemoved } from './rules/input-removed.js';
import { notificationPayloadChanged } from './rules/notification-payload-changed.js';
import { operationAdded } from './rules/operation-added.js';
import { operationDeleted } from './rules/operation-deleted.js';
import { operationDeprecated } from './rules/operation-deprecated.js';
import { operationHidden } from './rules/operation-hidden.js';
import { optionalInputAdded } from './rules/optional-input-added.js';
import { outputFieldAdded } from './rules/output-field-added.js';
import { outputFieldDeleted } from './rules/output-field-deleted.js';
import { outputFieldTypeChanged } from './rules/output-field-type-changed.js';
import { parameterLocationChanged } from './rules/parameter-location-changed.js';
import { parameterTypeChanged } from './rules/parameter-type-changed.js';
import { pathChanged } from './rules/path-changed.js';
import { requiredInputAdded } from './rules/required-input-added.js';
import { triggerKindChanged } from './rules/trigger-kind-changed.js';

/** What the advice of an operation-level change can name (computed from the old version). */
export interface AdviceContext {
  operationId: string | null;
  /** The operation's x-ms-api-annotation family, or its operationId when it has none. */
  family: string;
  /** One more than the highest revision in that family (an unannotated operation is revision 1). */
  nextRevision: number;
  /** `<family>V<nextRevision>`, unless the connector already uses that id. */
  suggestedOperationId: string;
}

export interface RuleDefinition {
  severity: ChangeSeverity;
  description: string;
  check: RuleCheck;
  advice?: (ctx: AdviceContext) => string;
}

/** The safe path for any change to an operation's contract: version it, keep the old one working. */
const versionTheOperation = (ctx: AdviceContext): string =>
  `Keep '${ctx.operationId}' unchanged and visible, mark it "deprecated": true, and make the change in a new operation ` +
  `'${ctx.suggestedOperationId}' with "x-ms-api-annotation": { "family": "${ctx.family}", "revision": ${ctx.nextRevision} }; ` +
  'existing flows keep working and new flows pick the new revision.';

export const ruleset = {
  'diff-budget-reached': {
    severity: 'breaking',
    description: 'A version expands to more schema nodes than the budget, so its fields were not compared (only operation-level changes are reported).',
    check: diffBudgetReached,
    advice: () => 'Flatten the shared definitions that refer to each other several times over, or compare smaller documents; until then nothing proves the fields compatible.',
  },
  'operation-deleted': {
    severity: 'breaking',
    description: 'An operationId of the old version is missing from the new one (a renamed operation counts as deleted).',
    check: operationDeleted,
    advice: (ctx) =>
      `Restore '${ctx.operationId}' and mark it "deprecated": true instead of removing it; to replace it, add ` +
      `'${ctx.suggestedOperationId}' with "x-ms-api-annotation": { "family": "${ctx.family}", "revision": ${ctx.nextRevision} } ` +
      `and give '${ctx.operationId}' "x-ms-api-annotation": { "replacement": { "operationId": "${ctx.suggestedOperationId}" } }.`,
  },
  'operation-hidden': {
    severity: 'breaking',
    description: 'An operation became x-ms-visibility: internal, so the designer can no longer show it in existing flows.',
    check: operationHidden,
    advice: (ctx) =>
      `Keep '${ctx.operationId}' visible ("important" or "advanced") and mark it "deprecated": true so new flows stop choosing it; ` +
      `put its successor in a new operation '${ctx.suggestedOperationId}' with "x-ms-api-annotation": { "family": "${ctx.family}", "revision": ${ctx.nextRevision} }.`,
  },
  'path-changed': {
    severity: 'breaking',
    description: 'The same operationId now has a different path template or HTTP method.',
    check: pathChanged,
    advice: versionTheOperation,
  },
  'parameter-location-changed': {
    severity: 'breaking',
    description: 'A parameter moved between path, query, header, formData and body.',
    check: parameterLocationChanged,
    advice: versionTheOperation,
  },
  'required-input-added': {
    severity: 'breaking',
    description: 'A new required parameter or required body property; existing flows do not send it.',
    check: requiredInputAdded,
    advice: (ctx) => `Add the input as optional (with a server-side default), or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'input-removed': {
    severity: 'breaking',
    description: 'A parameter or body property that existing flows may send has been removed.',
    check: inputRemoved,
    advice: (ctx) => `Keep accepting the input (it may be ignored and marked advanced), or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'input-made-required': {
    severity: 'breaking',
    description: 'An optional parameter or body property became required.',
    check: inputMadeRequired,
    advice: (ctx) => `Keep the input optional and default it on the server, or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'parameter-type-changed': {
    severity: 'breaking',
    description: 'The type of a parameter or body property changed (integer → number is allowed).',
    check: parameterTypeChanged,
    advice: versionTheOperation,
  },
  'enum-value-removed': {
    severity: 'breaking',
    description: 'An input no longer accepts a value it used to (removed from enum, or an enum newly imposed).',
    check: enumValueRemoved,
    advice: (ctx) => `Keep accepting the old values (hide them from the list with x-ms-enum-values if needed), or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'output-field-deleted': {
    severity: 'breaking',
    description: 'A field of the 2xx response body, or a declared response header, has been removed.',
    check: outputFieldDeleted,
    advice: (ctx) => `Keep returning the field (mark it x-ms-visibility: advanced if it is obsolete), or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'output-field-type-changed': {
    severity: 'breaking',
    description: 'The type of a field of the 2xx response body changed (number → integer is allowed).',
    check: outputFieldTypeChanged,
    advice: (ctx) => `Keep the old field with its old type and add the new shape under a new name, or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'trigger-kind-changed': {
    severity: 'breaking',
    description: 'An operation changed between action, webhook trigger and polling trigger, or between single and batch.',
    check: triggerKindChanged,
    advice: versionTheOperation,
  },
  'notification-payload-changed': {
    severity: 'breaking',
    description: "A webhook trigger's payload (x-ms-notification-content) lost a field, changed a field's type, was removed, or now comes from another (dynamic) schema.",
    check: notificationPayloadChanged,
    advice: versionTheOperation,
  },
  'dynamic-values-target-removed': {
    severity: 'breaking',
    description: 'A picker or dynamic schema calls an operation that was removed, or a picker now reads another operation or value path.',
    check: dynamicValuesTargetRemoved,
    advice: (ctx) =>
      `Keep the lookup operation (internal is fine) and the picker's source unchanged, or ${lowerFirst(versionTheOperation(ctx))}`,
  },
  'connection-parameters-changed': {
    severity: 'breaking',
    description: 'apiProperties connectionParameters (or connectionParameterSets) changed beyond display text.',
    check: connectionParametersChanged,
    advice: () =>
      'Connection parameters cannot be versioned per operation: keep the existing parameters as they are and add new ones as optional ' +
      '("constraints": { "required": "false" }), or publish the change as a new connector so existing connections keep working.',
  },
  'operation-added': {
    severity: 'non-breaking',
    description: 'A new operationId.',
    check: operationAdded,
  },
  'operation-deprecated': {
    severity: 'non-breaking',
    description: 'An operation was marked "deprecated": true, the safe way to retire it.',
    check: operationDeprecated,
  },
  'optional-input-added': {
    severity: 'non-breaking',
    description: 'A new optional parameter or body property.',
    check: optionalInputAdded,
  },
  'output-field-added': {
    severity: 'non-breaking',
    description: 'A new field in the 2xx response body or headers, or in the notification payload.',
    check: outputFieldAdded,
  },
  'description-changed': {
    severity: 'non-breaking',
    description: 'Summary, description, x-ms-summary or title text changed on an operation or one of its fields.',
    check: descriptionChanged,
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof ruleset;

export const ruleIds = Object.keys(ruleset) as RuleId[];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
