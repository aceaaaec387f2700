/**
 * Questions the README asks the definition. The prose sections name operations and parameters
 * through these lookups, never by copying their texts, so a renamed summary or a removed parameter
 * changes the README (or fails the build) instead of leaving it wrong.
 */
import type { AssembledConnector, OAuthConnectionParameter, OperationUnit, Parameter, Schema } from '../../../connector/kit/index.js';

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

/** How a connection signs in, as far as the README tells it. */
export type ConnectionAuth =
  | { kind: 'oauth'; parameter: string; settings: OAuthConnectionParameter['oAuthSettings'] }
  | { kind: 'apiKey'; parameter: string; displayName: string; header?: string; query?: string }
  | { kind: 'basic'; parameters: string[] }
  | { kind: 'none' };

/** The connection's sign-in, from apiProperties (the connection parameters) and the security definitions. */
export function connectionAuth(connector: AssembledConnector): ConnectionAuth {
  const parameters = Object.entries(connector.apiProperties.properties.connectionParameters ?? {});
  const oauth = parameters.find((entry): entry is [string, OAuthConnectionParameter] => entry[1].type === 'oauthSetting');
  if (oauth) return { kind: 'oauth', parameter: oauth[0], settings: oauth[1].oAuthSettings };
  const schemes = Object.values(connector.document.securityDefinitions ?? {});
  const secure = parameters.filter(([, p]) => p.type === 'securestring');
  const apiKey = schemes.find((s) => s.type === 'apiKey');
  if (schemes.some((s) => s.type === 'basic')) return { kind: 'basic', parameters: parameters.map(([name]) => name) };
  if (apiKey && apiKey.type === 'apiKey') {
    const [name, parameter] = secure[0] ?? parameters[0] ?? [apiKey.name, undefined];
    return {
      kind: 'apiKey',
      parameter: name,
      displayName: parameter && parameter.type !== 'oauthSetting' ? parameter.uiDefinition.displayName : name,
      ...(apiKey.in === 'header' ? { header: apiKey.name } : { query: apiKey.name }),
    };
  }
  return { kind: 'none' };
}

/** The connection parameter a dynamichosturl policy reads the backend's address from, when there is one. */
export function hostParameter(connector: AssembledConnector): { name: string; displayName: string } | undefined {
  const policy = connector.apiProperties.properties.policyTemplateInstances?.find((p) => p.templateId === 'dynamichosturl');
  const template = policy?.parameters['x-ms-apimTemplateParameter.urlTemplate'];
  const name = typeof template === 'string' ? /@connectionParameters\('([^']+)'\)/.exec(template)?.[1] : undefined;
  const parameter = name ? connector.apiProperties.properties.connectionParameters?.[name] : undefined;
  if (!name || !parameter || parameter.type === 'oauthSetting') return undefined;
  return { name, displayName: parameter.uiDefinition.displayName };
}

/** How the README names the service (`documentation.apiName`). */
export function apiName(connector: AssembledConnector): string {
  return connector.documentation?.apiName ?? 'the API';
}

/** The command that builds the connector, as the README tells it. */
export function buildCommand(connector: AssembledConnector): string {
  return connector.documentation?.buildCommand ?? 'npx insights-connector build';
}
