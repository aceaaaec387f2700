/**
 * What a rule sees: the parsed files of one connector (any of them may be missing) and helpers that
 * walk them once and remember the result, so forty rules over a 1 MB swagger do not each re-walk it.
 * Everything here is pure; the one window on the outside world (`fileExists`, `cwd`) is injected.
 */
import { toPointer, type PointerSegments } from '../core/json-pointer.js';
import { asArray, asObject, asString, isObject, type JsonObject } from '../core/json.js';
import { HTTP_METHODS, lookupLocalRef, mergedParameters, resolveRefs, swaggerOperations, type HttpMethod, type MergedParameter } from '../core/swagger-walk.js';
import type { FileKind, Profile } from './types.js';

export { asArray, asObject, asString, has, isObject, type JsonObject } from '../core/json.js';
export { HTTP_METHODS } from '../core/swagger-walk.js';

export interface OperationEntry {
  path: string;
  method: HttpMethod;
  operation: JsonObject;
  pathItem: JsonObject;
  /** Segments of the operation object. */
  at: PointerSegments;
  operationId: string | undefined;
}

export type ParameterEntry = MergedParameter;

export interface SchemaEntry {
  schema: JsonObject;
  at: PointerSegments;
  /** Where the schema tree is rooted. */
  root: 'definition' | 'body' | 'response' | 'notification' | 'parameter';
}

export interface ObjectNode {
  value: JsonObject | unknown[];
  at: PointerSegments;
}

export interface ContextInput {
  kind: FileKind;
  profile: Profile;
  swagger?: unknown;
  apiProperties?: unknown;
  settings?: unknown;
  /** Text of the file being checked (for size and encoding rules). */
  text?: string;
  /** How that text is written. */
  format?: 'json' | 'yaml';
  /** Whether a path exists, as seen from `cwd`; injected so rules stay free of I/O. */
  fileExists?: (path: string) => boolean;
  cwd?: string;
}

export class ValidationContext {
  readonly kind: FileKind;
  readonly profile: Profile;
  readonly swagger: JsonObject | undefined;
  readonly apiProperties: JsonObject | undefined;
  readonly settings: JsonObject | undefined;
  readonly text: string;
  readonly format: 'json' | 'yaml';
  readonly cwd: string;
  readonly fileExists: (path: string) => boolean;
  private readonly cache = new Map<string, unknown>();
  private readonly parameterCache = new WeakMap<JsonObject, ParameterEntry[]>();

  constructor(input: ContextInput) {
    this.kind = input.kind;
    this.profile = input.profile;
    this.swagger = asObject(input.swagger);
    this.apiProperties = asObject(input.apiProperties);
    this.settings = asObject(input.settings);
    this.text = input.text ?? '';
    this.format = input.format ?? 'json';
    this.cwd = input.cwd ?? '.';
    this.fileExists = input.fileExists ?? (() => true);
  }

  /** The file the current rule is about (as a raw value; it may not even be an object). */
  get document(): JsonObject | undefined {
    return this.kind === 'swagger' ? this.swagger : this.kind === 'apiProperties' ? this.apiProperties : this.settings;
  }

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  /** Every operation under `paths`, in document order. */
  get operations(): OperationEntry[] {
    return this.memo('operations', () =>
      swaggerOperations(this.swagger).map((entry) => ({ ...entry, operationId: asString(entry.operation.operationId) })),
    );
  }

  /** Operations by operationId (the first one wins when ids repeat; another rule reports that). */
  get operationsById(): Map<string, OperationEntry> {
    return this.memo('operationsById', () => {
      const map = new Map<string, OperationEntry>();
      for (const entry of this.operations) {
        if (entry.operationId !== undefined && !map.has(entry.operationId)) map.set(entry.operationId, entry);
      }
      return map;
    });
  }

  /** The effective parameters of an operation: its own, plus its path item's that it does not override. */
  parameters(entry: OperationEntry): ParameterEntry[] {
    const cached = this.parameterCache.get(entry.operation);
    if (cached) return cached;
    const computed = mergedParameters(this.swagger, entry);
    this.parameterCache.set(entry.operation, computed);
    return computed;
  }

  /**
   * Follows local `$ref`s (`#/...`) from `value` until a non-reference; `undefined` when a target is
   * missing, external or the chain loops.
   */
  resolve(value: unknown, at: PointerSegments): { value: unknown; at: PointerSegments } | undefined {
    return resolveRefs(this.swagger, { value, at });
  }

  /** The target of a local reference such as `#/definitions/Table`, or `undefined`. */
  lookupRef(ref: string): { value: unknown; at: PointerSegments } | undefined {
    return lookupLocalRef(this.swagger, ref);
  }

  /** Every object and array in the current document, with where it is (walked once, iteratively). */
  get nodes(): ObjectNode[] {
    return this.memo(`nodes:${this.kind}`, () => allNodes(this.document));
  }

  /** Every schema object of the swagger, including nested ones, with the kind of tree it is in. */
  get schemas(): SchemaEntry[] {
    return this.memo('schemas', () => {
      const result: SchemaEntry[] = [];
      const swagger = this.swagger;
      if (!swagger) return result;
      const visit = (schema: unknown, at: PointerSegments, root: SchemaEntry['root']) => walkSchema(schema, at, root, result);
      for (const [name, schema] of Object.entries(asObject(swagger.definitions) ?? {})) visit(schema, ['definitions', name], 'definition');
      for (const [name, parameter] of Object.entries(asObject(swagger.parameters) ?? {})) {
        const p = asObject(parameter);
        if (p?.in === 'body') visit(p.schema, ['parameters', name, 'schema'], 'body');
      }
      for (const [name, response] of Object.entries(asObject(swagger.responses) ?? {})) {
        visit(asObject(response)?.schema, ['responses', name, 'schema'], 'response');
      }
      for (const [path, rawItem] of Object.entries(asObject(swagger.paths) ?? {})) {
        const item = asObject(rawItem);
        if (!item) continue;
        const notification = asObject(item['x-ms-notification-content']);
        if (notification) visit(notification.schema, ['paths', path, 'x-ms-notification-content', 'schema'], 'notification');
        asArray(item.parameters).forEach((p, i) => {
          const parameter = asObject(p);
          if (parameter?.in === 'body') visit(parameter.schema, ['paths', path, 'parameters', i, 'schema'], 'body');
        });
        for (const method of HTTP_METHODS) {
          const operation = asObject(item[method]);
          if (!operation) continue;
          asArray(operation.parameters).forEach((p, i) => {
            const parameter = asObject(p);
            if (parameter?.in === 'body') visit(parameter.schema, ['paths', path, method, 'parameters', i, 'schema'], 'body');
          });
          for (const [code, response] of Object.entries(asObject(operation.responses) ?? {})) {
            visit(asObject(response)?.schema, ['paths', path, method, 'responses', code, 'schema'], 'response');
          }
        }
      }
      return result;
    });
  }
}

const SCHEMA_CHILDREN = ['items', 'additionalProperties', 'not'] as const;

function walkSchema(schema: unknown, at: PointerSegments, root: SchemaEntry['root'], out: SchemaEntry[]): void {
  const stack: [unknown, PointerSegments][] = [[schema, at]];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    const object = asObject(value);
    if (!object) continue;
    out.push({ schema: object, at: where, root });
    for (const [name, child] of Object.entries(asObject(object.properties) ?? {})) stack.push([child, [...where, 'properties', name]]);
    for (const key of SCHEMA_CHILDREN) if (isObject(object[key])) stack.push([object[key], [...where, key]]);
    if (Array.isArray(object.items)) object.items.forEach((item, i) => stack.push([item, [...where, 'items', i]]));
    asArray(object.allOf).forEach((item, i) => stack.push([item, [...where, 'allOf', i]]));
  }
}

export function allNodes(root: unknown): ObjectNode[] {
  const result: ObjectNode[] = [];
  if (root === null || typeof root !== 'object') return result;
  const stack: ObjectNode[] = [{ value: root as JsonObject, at: [] }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    result.push(node);
    if (Array.isArray(node.value)) {
      node.value.forEach((child, i) => {
        if (child !== null && typeof child === 'object') stack.push({ value: child as JsonObject, at: [...node.at, i] });
      });
    } else {
      for (const [key, child] of Object.entries(node.value)) {
        if (child !== null && typeof child === 'object') stack.push({ value: child as JsonObject, at: [...node.at, key] });
      }
    }
  }
  return result;
}

export function pointer(at: PointerSegments, ...more: (string | number)[]): string {
  return toPointer([...at, ...more]);
}

/** The operations an apiProperties policy instance applies to (`undefined`: all of them). */
export function policyOperationNames(instance: JsonObject): string[] | undefined {
  const names = asObject(instance.parameters)?.['x-ms-apimTemplate-operationName'];
  if (names === undefined) return undefined;
  return asArray(names).filter((n): n is string => typeof n === 'string');
}

export function policyInstances(apiProperties: JsonObject | undefined): { instance: JsonObject; at: PointerSegments }[] {
  const list = asObject(apiProperties?.properties)?.policyTemplateInstances;
  const result: { instance: JsonObject; at: PointerSegments }[] = [];
  asArray(list).forEach((raw, i) => {
    const instance = asObject(raw);
    if (instance) result.push({ instance, at: ['properties', 'policyTemplateInstances', i] });
  });
  return result;
}
