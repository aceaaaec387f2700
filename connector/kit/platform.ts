/**
 * Swagger 2.0 and apiProperties as the Power Platform accepts them: the model `import` writes
 * existing connectors in. It is wider than the authoring model (swagger.ts, api-properties.ts),
 * whose types also enforce the certification rules, because about a thousand published connectors
 * use constructs those rules would refuse: operations without descriptions, untyped schemas,
 * `allOf`, `$ref`s to shared parameters and responses, identity providers other than Entra ID,
 * policy templates of every kind, `connectionParameterSets`, vendor extensions of their own.
 *
 * The structure (schemas in schemas, parameters, responses, path items) is typed; leaf values the
 * platform reads loosely are JSON values; `x-*` vendor extensions are JSON values at any object.
 * `defineOperation()` and `defineSchema()` record their source like the other `define*()`
 * helpers, and `assemblePlatform()` puts them together into the connector the build emits.
 */
import type { SourceLocation } from '../../scripts/core/diagnostic.js';
import { setMember } from '../../scripts/core/json.js';
import { toPointer } from '../../scripts/core/json-pointer.js';
import type { AssembledConnector } from './assemble.js';
import type { OperationUnit } from './define.js';
import type { ConnectorDocumentation } from './documentation.js';
import { recordSource, sourceOf } from './source.js';
import type { HttpMethod } from './swagger.js';
import type { ThrottlingPolicy } from './throttling-policy.js';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

/** Vendor extensions: Swagger 2.0 allows an `x-*` key on every object. */
export type Extensions = { readonly [key: `x-${string}`]: JsonValue | undefined };

export type PlatformSchema = Extensions & {
  readonly $ref?: string;
  readonly type?: JsonValue;
  readonly format?: JsonValue;
  readonly title?: JsonValue;
  readonly description?: JsonValue;
  readonly default?: JsonValue;
  readonly enum?: JsonValue;
  readonly example?: JsonValue;
  readonly required?: JsonValue;
  readonly readOnly?: JsonValue;
  readonly pattern?: JsonValue;
  readonly minLength?: JsonValue;
  readonly maxLength?: JsonValue;
  readonly minimum?: JsonValue;
  readonly maximum?: JsonValue;
  readonly exclusiveMinimum?: JsonValue;
  readonly exclusiveMaximum?: JsonValue;
  readonly multipleOf?: JsonValue;
  readonly minItems?: JsonValue;
  readonly maxItems?: JsonValue;
  readonly uniqueItems?: JsonValue;
  readonly minProperties?: JsonValue;
  readonly maxProperties?: JsonValue;
  readonly discriminator?: JsonValue;
  readonly xml?: JsonValue;
  readonly externalDocs?: JsonValue;
  readonly items?: PlatformSchema | readonly PlatformSchema[];
  readonly properties?: { readonly [name: string]: PlatformSchema };
  readonly additionalProperties?: boolean | PlatformSchema;
  readonly allOf?: readonly PlatformSchema[];
};

/** A parameter (any location), or a `$ref` to a shared one. */
export type PlatformParameter = Extensions & {
  readonly $ref?: string;
  readonly name?: JsonValue;
  readonly in?: JsonValue;
  readonly description?: JsonValue;
  readonly required?: JsonValue;
  readonly type?: JsonValue;
  readonly format?: JsonValue;
  readonly default?: JsonValue;
  readonly enum?: JsonValue;
  readonly allowEmptyValue?: JsonValue;
  readonly collectionFormat?: JsonValue;
  readonly pattern?: JsonValue;
  readonly minLength?: JsonValue;
  readonly maxLength?: JsonValue;
  readonly minimum?: JsonValue;
  readonly maximum?: JsonValue;
  readonly exclusiveMinimum?: JsonValue;
  readonly exclusiveMaximum?: JsonValue;
  readonly multipleOf?: JsonValue;
  readonly minItems?: JsonValue;
  readonly maxItems?: JsonValue;
  readonly uniqueItems?: JsonValue;
  readonly example?: JsonValue;
  readonly items?: PlatformSchema;
  readonly schema?: PlatformSchema;
};

export type PlatformHeader = Extensions & {
  readonly type?: JsonValue;
  readonly format?: JsonValue;
  readonly description?: JsonValue;
  readonly default?: JsonValue;
  readonly enum?: JsonValue;
  readonly collectionFormat?: JsonValue;
  readonly maximum?: JsonValue;
  readonly exclusiveMaximum?: JsonValue;
  readonly minimum?: JsonValue;
  readonly exclusiveMinimum?: JsonValue;
  readonly maxLength?: JsonValue;
  readonly minLength?: JsonValue;
  readonly pattern?: JsonValue;
  readonly maxItems?: JsonValue;
  readonly minItems?: JsonValue;
  readonly uniqueItems?: JsonValue;
  readonly multipleOf?: JsonValue;
  readonly items?: PlatformSchema;
};

export type PlatformResponse = Extensions & {
  readonly $ref?: string;
  readonly description?: JsonValue;
  readonly schema?: PlatformSchema;
  readonly headers?: { readonly [name: string]: PlatformHeader };
  readonly examples?: JsonValue;
};

export type PlatformOperation = Extensions & {
  readonly operationId?: JsonValue;
  readonly summary?: JsonValue;
  readonly description?: JsonValue;
  readonly tags?: JsonValue;
  readonly consumes?: JsonValue;
  readonly produces?: JsonValue;
  readonly schemes?: JsonValue;
  readonly deprecated?: JsonValue;
  readonly security?: JsonValue;
  readonly externalDocs?: JsonValue;
  readonly parameters?: readonly PlatformParameter[];
  readonly responses?: { readonly [code: string]: PlatformResponse };
};

/** What a path item holds besides its operations. */
export type PlatformPathItem = Extensions & {
  readonly $ref?: string;
  readonly parameters?: readonly PlatformParameter[];
  /** An extension the platform reads loosely: beside its schema, certified connectors write parameters, summaries, titles. */
  readonly 'x-ms-notification-content'?: {
    readonly schema?: PlatformSchema;
    readonly headers?: { readonly [name: string]: PlatformHeader };
    readonly [key: string]: unknown;
  };
};

/** The document without its paths and definitions, which come from units. */
export type PlatformDocument = Extensions & {
  readonly swagger: '2.0';
  readonly info: JsonValue;
  readonly host?: JsonValue;
  readonly basePath?: JsonValue;
  readonly schemes?: JsonValue;
  readonly consumes?: JsonValue;
  readonly produces?: JsonValue;
  readonly parameters?: { readonly [name: string]: PlatformParameter };
  readonly responses?: { readonly [name: string]: PlatformResponse };
  readonly securityDefinitions?: JsonValue;
  readonly security?: JsonValue;
  readonly tags?: JsonValue;
  readonly externalDocs?: JsonValue;
  /** Written only when the document has it and no definition unit fills it (an empty object). */
  readonly definitions?: { readonly [name: string]: PlatformSchema };
};

export type PlatformApiProperties = { readonly properties: JsonObject } & { readonly [key: string]: JsonValue };

/** One operation as the platform accepts it, with where it is mounted. */
export interface PlatformOperationUnit {
  readonly path: string;
  readonly method: HttpMethod;
  readonly operation: PlatformOperation;
}

export interface SchemaUnit<Name extends string = string> {
  readonly name: Name;
  readonly schema: PlatformSchema;
}

export function defineOperation(input: PlatformOperation & { readonly method: HttpMethod; readonly path: string }): PlatformOperationUnit {
  const { method, path, ...operation } = input;
  return recordSource({ path, method, operation });
}

export function defineSchema<const Name extends string>(name: Name, schema: PlatformSchema): SchemaUnit<Name> {
  return recordSource({ name, schema });
}

export interface PlatformConnectorInput {
  document: PlatformDocument;
  /** Path items with more than their operations (path-level parameters, notification content), or none. */
  paths?: { readonly [path: string]: PlatformPathItem };
  operations: readonly PlatformOperationUnit[];
  definitions: readonly SchemaUnit[];
  apiProperties: PlatformApiProperties;
  throttlingPolicies?: readonly ThrottlingPolicy[];
  documentation?: ConnectorDocumentation;
}

/**
 * The connector the build emits. Its document is the platform's JSON as written; the build's
 * checks (not these types) decide what of it a deployment accepts.
 */
export function assemblePlatform(input: PlatformConnectorInput): AssembledConnector {
  const sources = new Map<string, SourceLocation>();
  const diagnostics: AssembledConnector['diagnostics'] = [];
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(input.paths ?? {})) paths[path] = { ...item };
  const units: OperationUnit[] = [];
  for (const unit of input.operations) {
    const item = (paths[unit.path] ??= {});
    const pointer = toPointer(['paths', unit.path, unit.method]);
    if (item[unit.method]) {
      diagnostics.push({ code: 'duplicate-path-method', severity: 'error', message: `Two operations are mounted at ${unit.method.toUpperCase()} ${unit.path}.`, pointer });
      continue;
    }
    item[unit.method] = unit.operation;
    const source = sourceOf(unit);
    if (source) sources.set(pointer, source);
    const operation = JSON.parse(JSON.stringify(unit.operation));
    const notification = (paths[unit.path]?.['x-ms-notification-content'] ?? undefined) as OperationUnit['notificationContent'];
    units.push({
      kind: unit.operation['x-ms-trigger'] === 'single' ? 'webhook-trigger' : 'action',
      path: unit.path as OperationUnit['path'],
      method: unit.method,
      operation,
      ...(notification && unit.operation['x-ms-trigger'] === 'single' ? { notificationContent: notification } : {}),
    });
  }
  const definitions: Record<string, PlatformSchema> = { ...(input.document.definitions ?? {}) };
  for (const unit of input.definitions) {
    const pointer = toPointer(['definitions', unit.name]);
    if (Object.hasOwn(definitions, unit.name)) {
      diagnostics.push({ code: 'duplicate-definition', severity: 'error', message: `The definition '${unit.name}' is defined twice.`, pointer });
      continue;
    }
    setMember(definitions, unit.name, unit.schema);
    const source = sourceOf(unit);
    if (source) sources.set(pointer, source);
  }
  const hasDefinitions = input.document.definitions !== undefined || input.definitions.length > 0;
  const { definitions: _declared, ...rest } = input.document;
  const document = JSON.parse(JSON.stringify({ ...rest, paths, ...(hasDefinitions ? { definitions } : {}) }));
  return {
    document,
    apiProperties: JSON.parse(JSON.stringify(input.apiProperties)),
    throttlingPolicies: input.throttlingPolicies ?? [],
    documentation: input.documentation ?? {},
    sources,
    operations: units,
    definitions: input.definitions.map((unit) => ({ name: unit.name, schema: JSON.parse(JSON.stringify(unit.schema)) })),
    diagnostics,
  };
}
