/**
 * Questions the README asks the definition. The prose sections name operations and parameters
 * through these lookups, never by copying their texts, so a renamed summary or a removed parameter
 * changes the README (or fails the build) instead of leaving it wrong.
 */
import type { AssembledConnector, OperationUnit, Parameter, Schema } from '../../../connector/kit/index.js';

export function isInternalOperation(unit: OperationUnit): boolean {
  return unit.operation['x-ms-visibility'] === 'internal';
}

/** The actions a flow maker sees, in the order connector/index.ts lists them. */
export function visibleActions(connector: AssembledConnector): OperationUnit[] {
  return connector.operations.filter((unit) => unit.kind === 'action' && !isInternalOperation(unit));
}

export function visibleTriggers(connector: AssembledConnector): OperationUnit[] {
  return connector.operations.filter((unit) => unit.kind === 'webhook-trigger' && !isInternalOperation(unit));
}

export function operationById(connector: AssembledConnector, operationId: string): OperationUnit {
  const unit = connector.operations.find((u) => u.operation.operationId === operationId);
  if (!unit) throw new Error(`README: the connector has no operation '${operationId}'`);
  return unit;
}

export function parameterOf(unit: OperationUnit, name: string): Parameter {
  const parameter = unit.operation.parameters?.find((p) => p.name === name);
  if (!parameter) throw new Error(`README: operation '${unit.operation.operationId}' has no parameter '${name}'`);
  return parameter;
}

/** The display name a designer shows for a parameter. */
export function displayName(parameter: Parameter): string {
  return parameter['x-ms-summary'] ?? parameter.name;
}

const PREVIEW_SUFFIX = /\s*\(Preview\)$/;

/**
 * An operation is in preview when its annotation says so or its summary carries "(Preview)" (the
 * specification marks them both ways; a test checks the two agree).
 */
export function isPreview(unit: OperationUnit): boolean {
  return unit.operation['x-ms-api-annotation']?.status === 'Preview' || PREVIEW_SUFFIX.test(unit.operation.summary);
}

export function isConnectorPreview(connector: AssembledConnector): boolean {
  return connector.document.info['x-ms-api-annotation']?.status === 'Preview';
}

/**
 * A parameter the designer never shows: marked internal, or a body whose every property is
 * internal (the webhook subscription body, which only carries the callback URL).
 */
export function isInternalParameter(parameter: Parameter): boolean {
  if (parameter['x-ms-visibility'] === 'internal') return true;
  if (parameter.in !== 'body') return false;
  const schema = parameter.schema;
  if ('$ref' in schema || schema.type !== 'object' || schema['x-ms-dynamic-schema']) return false;
  const properties = Object.values(schema.properties ?? {});
  return properties.length > 0 && properties.every((p) => !('$ref' in p) && p['x-ms-visibility'] === 'internal');
}

/** `#/definitions/Name` → `Name`. */
export function refName(schema: Schema): string | undefined {
  return '$ref' in schema ? schema.$ref.slice('#/definitions/'.length) : undefined;
}

/** The schema of the first successful response that has one. */
export function successSchema(unit: OperationUnit): { description: string; schema: Schema } | undefined {
  const codes = Object.keys(unit.operation.responses)
    .filter((code) => code.startsWith('2'))
    .sort();
  for (const code of codes) {
    const response = unit.operation.responses[code as keyof typeof unit.operation.responses];
    if (response?.schema) return { description: response.description, schema: response.schema };
  }
  return undefined;
}

/** Whether an operation's input body or output takes its shape from x-ms-dynamic-schema. */
export function hasDynamicShape(unit: OperationUnit): boolean {
  const schemas = [
    ...(unit.operation.parameters ?? []).flatMap((p) => (p.in === 'body' ? [p.schema] : [])),
    ...(successSchema(unit) ? [successSchema(unit)!.schema] : []),
    ...(unit.notificationContent ? [unit.notificationContent.schema] : []),
  ];
  return schemas.some((schema) => !('$ref' in schema) && schema['x-ms-dynamic-schema'] !== undefined);
}
