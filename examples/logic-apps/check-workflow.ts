/**
 * Checks a Logic Apps workflow (as the designer's code view exports it) against a connector's
 * swagger and its Logic Apps template: every `ApiConnection` action and `ApiConnectionWebhook`
 * trigger on the connector's connection must name an operation that exists (method and path), of
 * the right kind (trigger or action), with only parameters the operation has, every required one,
 * values of the declared types, and trigger outputs (`triggerBody()?['X']`) that the trigger's
 * payload declares. The `$connections` entry must name the connector and connection the template
 * deploys. A breaking change to the connector then shows up as a broken sample.
 */

export interface WorkflowProblem {
  /** Where in the workflow file, as an RFC 6901 pointer. */
  pointer: string;
  message: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  type?: string;
  schema?: JsonObject;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  'x-ms-trigger'?: string;
}

export interface Swagger {
  paths: Record<string, Record<string, Json>>;
  definitions?: Record<string, JsonObject>;
}

export interface DeployedNames {
  /** The `Microsoft.Web/customApis` resource name the template deploys. */
  customApiName: string;
  /** The `Microsoft.Web/connections` resource name. */
  connectionName: string;
}

const CONNECTION_NAME = /^@parameters\('\$connections'\)\['([^']+)'\]\['connectionId'\]$/;
const TRIGGER_BODY = /triggerBody\(\)\??\['([^']+)'\]/g;

export function checkWorkflow(workflow: JsonObject, swagger: Swagger, names: DeployedNames): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ pointer, message });
  const definition = asObject(workflow.definition);
  if (!definition) return [{ pointer: '/definition', message: 'no workflow definition' }];

  if (asObject(asObject(definition.parameters)?.$connections)?.type !== 'Object') {
    problem('/definition/parameters/$connections', 'the definition declares no $connections parameter of type Object');
  }
  const connections = asObject(asObject(asObject(workflow.parameters)?.$connections)?.value) ?? {};
  const connectorKeys = new Set<string>();
  for (const [key, value] of Object.entries(connections)) {
    const entry = asObject(value) ?? {};
    const at = `/parameters/$connections/value/${escape(key)}`;
    if (String(entry.id ?? '').endsWith(`/providers/Microsoft.Web/customApis/${names.customApiName}`)) {
      connectorKeys.add(key);
      if (!String(entry.connectionId ?? '').endsWith(`/providers/Microsoft.Web/connections/${names.connectionName}`)) {
        problem(`${at}/connectionId`, `the connection is not the one the template deploys (${names.connectionName})`);
      }
      if (entry.connectionName !== names.connectionName) problem(`${at}/connectionName`, `should be ${names.connectionName}`);
    }
  }
  if (connectorKeys.size === 0) problem('/parameters/$connections/value', `no connection to the custom connector ${names.customApiName}`);

  // The trigger's payload, for triggerBody() references.
  let payload: JsonObject | undefined;
  const units: [string, JsonObject, 'trigger' | 'action'][] = [];
  for (const [name, t] of Object.entries(asObject(definition.triggers) ?? {})) units.push([`/definition/triggers/${escape(name)}`, asObject(t) ?? {}, 'trigger']);
  collectActions(asObject(definition.actions) ?? {}, '/definition/actions', units);

  for (const [at, unit, role] of units) {
    if (unit.type !== 'ApiConnection' && unit.type !== 'ApiConnectionWebhook') continue;
    const inputs = asObject(unit.inputs) ?? {};
    const connection = String(asObject(asObject(inputs.host)?.connection)?.name ?? '');
    const key = CONNECTION_NAME.exec(connection)?.[1];
    if (key === undefined || !(key in connections)) {
      problem(`${at}/inputs/host/connection/name`, `'${connection}' names no entry of $connections`);
      continue;
    }
    if (!connectorKeys.has(key)) continue; // another connector's action
    const webhook = unit.type === 'ApiConnectionWebhook';
    if (webhook !== (role === 'trigger')) problem(`${at}/type`, `${unit.type} is not a ${role} type`);
    const match = findOperation(swagger, String(inputs.path ?? ''), webhook ? undefined : String(inputs.method ?? '').toLowerCase());
    if (!match) {
      problem(`${at}/inputs/path`, `no operation of the connector at ${webhook ? '' : `${String(inputs.method).toUpperCase()} `}${String(inputs.path)}`);
      continue;
    }
    const { operation, pathItem, pathValues } = match;
    if (webhook && operation['x-ms-trigger'] !== 'single') problem(`${at}/inputs/path`, `${operation.operationId} is not a webhook trigger`);
    if (!webhook && operation['x-ms-trigger'] !== undefined) problem(`${at}/inputs/path`, `${operation.operationId} is a trigger, not an action`);
    if (webhook) payload = resolve(swagger, asObject(asObject(pathItem['x-ms-notification-content'])?.schema));

    const parameters = operation.parameters ?? [];
    for (const p of parameters.filter((x) => x.in === 'path')) {
      const value = pathValues[p.name];
      if (value !== undefined) checkType(`${at}/inputs/path`, p.name, p.type, value);
    }
    const queries = asObject(inputs.queries) ?? {};
    for (const [name, value] of Object.entries(queries)) {
      const p = parameters.find((x) => x.in === 'query' && x.name === name);
      if (!p) problem(`${at}/inputs/queries/${escape(name)}`, `${operation.operationId} has no query parameter '${name}'`);
      else checkType(`${at}/inputs/queries/${escape(name)}`, name, p.type, value);
    }
    for (const p of parameters.filter((x) => x.in === 'query' && x.required && !(x.name in queries))) {
      problem(`${at}/inputs/queries`, `${operation.operationId} needs the query parameter '${p.name}'`);
    }
    const bodyParameter = parameters.find((x) => x.in === 'body');
    if (inputs.body !== undefined && !bodyParameter) problem(`${at}/inputs/body`, `${operation.operationId} takes no body`);
    if (bodyParameter) checkBody(`${at}/inputs/body`, resolve(swagger, bodyParameter.schema), inputs.body, bodyParameter.required === true);
  }

  // Trigger outputs used anywhere in the actions must be fields of the payload.
  const actionsText = JSON.stringify(definition.actions ?? {});
  for (const m of actionsText.matchAll(TRIGGER_BODY)) {
    const field = m[1] as string;
    if (!payload) problem('/definition/actions', `triggerBody()['${field}'] is used, but the trigger declares no payload`);
    else if (!asObject(payload.properties)?.[field]) problem('/definition/actions', `the trigger's payload has no field '${field}'`);
  }
  return problems;

  function checkType(pointer: string, name: string, type: string | undefined, value: Json) {
    if (typeof value === 'string' && value.startsWith('@') && !value.startsWith('@@')) {
      // An expression: only trigger outputs have a type we can know here.
      const field = /^@triggerBody\(\)\??\['([^']+)'\]$/.exec(value)?.[1];
      const fieldType = field ? String(asObject(asObject(payload?.properties)?.[field])?.type ?? '') : undefined;
      if (field && fieldType && type && !compatible(type, fieldType)) {
        problem(pointer, `'${name}' is ${type}, but the trigger's '${field}' is ${fieldType}`);
      }
      return;
    }
    if (typeof value === 'string' && value.includes('@{')) return; // an interpolated string
    const actual = typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
    if (type && !compatible(type, actual)) problem(pointer, `'${name}' is ${type}, got ${actual} ${JSON.stringify(value)}`);
  }

  function checkBody(pointer: string, schema: JsonObject | undefined, value: Json | undefined, required: boolean) {
    if (value === undefined) {
      if (required) problem(pointer, 'the operation needs a body');
      return;
    }
    const properties = asObject(schema?.properties);
    const body = asObject(value);
    if (!properties || !body) return;
    for (const [name, v] of Object.entries(body)) {
      const property = resolve(swagger, asObject(properties[name]));
      if (!property) problem(`${pointer}/${escape(name)}`, `the body has no property '${name}'`);
      else if (property['x-ms-notification-url'] === true && v !== '@{listCallbackUrl()}') {
        problem(`${pointer}/${escape(name)}`, `'${name}' is the callback URL: it must be @{listCallbackUrl()}`);
      } else checkType(`${pointer}/${escape(name)}`, name, typeof property.type === 'string' ? property.type : undefined, v);
    }
    for (const name of Array.isArray(schema?.required) ? (schema.required as string[]) : []) {
      if (!(name in body)) problem(pointer, `the body needs '${name}'`);
    }
  }
}

function collectActions(actions: JsonObject, at: string, into: [string, JsonObject, 'trigger' | 'action'][]) {
  for (const [name, a] of Object.entries(actions)) {
    const action = asObject(a) ?? {};
    const pointer = `${at}/${escape(name)}`;
    into.push([pointer, action, 'action']);
    // Scopes, conditions and loops nest actions.
    if (asObject(action.actions)) collectActions(asObject(action.actions)!, `${pointer}/actions`, into);
    const otherwise = asObject(asObject(action.else)?.actions);
    if (otherwise) collectActions(otherwise, `${pointer}/else/actions`, into);
  }
}

/** The operation a workflow path and method call, with the values of the path parameters. */
function findOperation(
  swagger: Swagger,
  path: string,
  method: string | undefined,
): { operation: Operation; pathItem: Record<string, Json>; pathValues: Record<string, Json> } | undefined {
  const segments = path.split('/').slice(1).map(segmentValue);
  for (const [template, pathItem] of Object.entries(swagger.paths)) {
    const parts = template.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const pathValues: Record<string, Json> = {};
    const matches = parts.every((part, i) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      const segment = segments[i] as { literal: boolean; value: Json };
      if (name) {
        pathValues[name] = segment.value;
        return true;
      }
      return segment.literal && segment.value === part;
    });
    if (!matches) continue;
    const methods = Object.keys(pathItem).filter((k) => !k.startsWith('x-') && k !== 'parameters');
    const chosen = method === undefined ? methods.find((m) => asObject(pathItem[m])?.['x-ms-trigger'] !== undefined) : methods.find((m) => m === method);
    if (chosen) return { operation: pathItem[chosen] as unknown as Operation, pathItem, pathValues };
  }
  return undefined;
}

/** A path segment as the designer writes it: literal text, or `@{encodeURIComponent(...)}`. */
function segmentValue(segment: string): { literal: boolean; value: Json } {
  const encoded = /^@\{encodeURIComponent\((.*)\)\}$/.exec(segment)?.[1];
  if (encoded === undefined) return { literal: true, value: segment };
  const quoted = /^'((?:[^']|'')*)'$/.exec(encoded)?.[1];
  return { literal: false, value: quoted !== undefined ? quoted.replace(/''/g, "'") : `@${encoded}` };
}

function compatible(declared: string, actual: string): boolean {
  return declared === actual || (declared === 'number' && actual === 'integer');
}

function resolve(swagger: Swagger, schema: JsonObject | undefined): JsonObject | undefined {
  let current = schema;
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 20; depth++) {
    current = swagger.definitions?.[current.$ref.replace('#/definitions/', '')];
  }
  return current;
}

function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
