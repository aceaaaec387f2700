/**
 * Run-time contract checks: responses (and trigger payloads) are validated against a connector's
 * emitted swagger with ajv (draft-04, the dialect of Swagger 2.0 schemas). Dynamic responses
 * (x-ms-dynamic-schema / x-ms-dynamic-properties) are validated against the schema a resolver
 * returns for the request's `dataset` and `table` path parameters, as the connector's own
 * dynamic-schema operation would. Schemas are compiled once and cached.
 */
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Ajv, Options, Plugin, ValidateFunction } from 'ajv';
import { HTTP_METHODS } from '../core/swagger-walk.js';
import { setMember } from '../core/json.js';

// Both packages are CommonJS whose module.exports is the class (the plugin) and carries it again as
// `.default`; TypeScript types the default import as one or the other depending on module
// resolution (the package's NodeNext build or the sources' bundler resolution), so take either.
const AjvDraft04 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as new (options: Options) => Ajv;
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as Plugin<unknown>;

type Json = Record<string, unknown>;

export interface OperationMatch {
  operationId: string;
  method: string;
  /** The swagger path template, e.g. `/datasets/{dataset}/tables`. */
  template: string;
  params: Record<string, string>;
}

export interface ResponseUnderTest {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  /** The raw body text ('' when empty). */
  body: string;
}

/** Resolves the schema of a dynamic response, as GetEntitySchema would return it. */
export type DynamicSchemaResolver = (dataset: string, table: string, shape: 'item' | 'list') => Json;

export interface ContractViolation {
  operationId: string;
  method: string;
  url: string;
  status: number;
  problems: string[];
}

/** The body every error response must have (OData style); the swagger declares no error responses. */
const errorBodySchema: Json = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', minLength: 1 }, message: { type: 'string', minLength: 1 } },
    },
  },
};


/** Removes vendor extensions (x-*) that ajv's strict mode would reject; property names are kept. */
export function stripExtensions(value: unknown, underProperties = false): unknown {
  if (Array.isArray(value)) return value.map((v) => stripExtensions(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!underProperties && key.startsWith('x-')) continue;
    setMember(out, key, stripExtensions(inner, !underProperties && key === 'properties'));
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function dynamicShapeOf(schema: Json | undefined): 'item' | 'list' | undefined {
  if (!schema) return undefined;
  const dynamic = (schema['x-ms-dynamic-properties'] ?? schema['x-ms-dynamic-schema']) as Json | undefined;
  if (!dynamic) return undefined;
  const shape = (dynamic['parameters'] as Json | undefined)?.['shape'];
  const value = typeof shape === 'object' && shape !== null ? (shape as Json)['value'] : shape;
  return value === 'list' ? 'list' : 'item';
}

interface CompiledOperation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  responses: Json;
}

export class ContractValidator {
  private readonly ajv: Ajv;
  private readonly definitions: Json;
  private readonly operations: CompiledOperation[] = [];
  private readonly notifications = new Map<string, Json>();
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly swagger: Json) {
    this.ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.definitions = stripExtensions(swagger['definitions'] ?? {}) as Json;
    const basePath = typeof swagger['basePath'] === 'string' && swagger['basePath'] !== '/' ? swagger['basePath'] : '';
    for (const [template, item] of Object.entries((swagger['paths'] ?? {}) as Record<string, Json>)) {
      const names: string[] = [];
      const source = (basePath + template).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const method of HTTP_METHODS) {
        const operation = item[method] as Json | undefined;
        if (!operation || typeof operation['operationId'] !== 'string') continue;
        this.operations.push({
          operationId: operation['operationId'],
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          names,
          responses: (operation['responses'] ?? {}) as Json,
        });
        const notification = item['x-ms-notification-content'] as Json | undefined;
        if (notification?.['schema']) this.notifications.set(operation['operationId'], notification['schema'] as Json);
      }
    }
  }

  /** The operation a request addresses, or undefined for other URLs (callbacks, unknown paths). */
  match(method: string, url: string): OperationMatch | undefined {
    const pathname = new URL(url).pathname;
    for (const operation of this.operations) {
      if (operation.method !== method.toUpperCase()) continue;
      const found = operation.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      operation.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1]!)));
      return { operationId: operation.operationId, method: operation.method, template: operation.template, params };
    }
    return undefined;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ ...(stripExtensions(schema) as Json), definitions: this.definitions });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private check(key: string, schema: Json, value: unknown, label: string): string[] {
    const validate = this.validator(key, schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${label}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` ('${String(e.params['additionalProperty'])}')` : ''}`);
  }

  /** Problems with one response; an empty list means it honours the definition. */
  validateResponse(response: ResponseUnderTest, dynamicSchema?: DynamicSchemaResolver): string[] {
    const match = this.match(response.method, response.url);
    if (!match) return [];
    const operation = this.operations.find((o) => o.operationId === match.operationId)!;
    let body: unknown;
    if (response.body !== '') {
      try {
        body = JSON.parse(response.body);
      } catch {
        return [`body is not JSON: ${response.body.slice(0, 80)}`];
      }
    }
    if (response.status >= 400) {
      // Errors are not declared in the definition; they must still be OData-style error bodies.
      return this.check('#error', errorBodySchema, body, 'error body');
    }
    const declared = (operation.responses[String(response.status)] ?? operation.responses['default']) as Json | undefined;
    if (!declared) {
      return [`status ${response.status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`];
    }
    const problems: string[] = [];
    for (const header of Object.keys((declared['headers'] ?? {}) as Json)) {
      if (!response.headers.has(header)) problems.push(`declared header ${header} is missing`);
    }
    const schema = declared['schema'] as Json | undefined;
    if (!schema) {
      if (response.body !== '') problems.push(`status ${response.status} declares no body but one was sent`);
      return problems;
    }
    if (body === undefined) return [...problems, `status ${response.status} declares a body but none was sent`];
    problems.push(...this.check(`${operation.operationId} ${response.status}`, schema, body, 'body'));
    const shape = dynamicShapeOf(schema);
    if (shape && dynamicSchema) {
      const dataset = match.params['dataset'];
      const table = match.params['table'];
      if (dataset !== undefined && table !== undefined) {
        problems.push(...this.check(`dynamic ${dataset} ${table} ${shape}`, dynamicSchema(dataset, table, shape), body, 'body'));
      }
    }
    return problems;
  }

  /** Problems with a trigger payload, checked against the trigger's x-ms-notification-content. */
  validateNotification(operationId: string, payload: unknown): string[] {
    const schema = this.notifications.get(operationId);
    if (!schema) return [`${operationId} has no x-ms-notification-content`];
    return this.check(`notification ${operationId}`, schema, payload, 'payload');
  }

  /** The operationIds of the definition, for coverage checks. */
  operationIds(): string[] {
    return this.operations.map((o) => o.operationId);
  }
}
