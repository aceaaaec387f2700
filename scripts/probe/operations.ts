/**
 * The operations of a swagger as the probe walks them: each with its JSON pointer, its parameters
 * ($ref-resolved, each with the pointer where it is written) and its 2xx responses.
 */
import { fromPointer, toPointer } from '../core/json-pointer.js';
import { isObject as isJsonObject } from '../core/json.js';
import { followRefs, mergedParameters, swaggerOperations } from '../core/swagger-walk.js';

export type Json = Record<string, unknown>;

export interface ProbeParameter {
  name: string;
  in: string;
  required: boolean;
  /** The parameter object, after following a `$ref` to `#/parameters/...`. */
  spec: Json;
  pointer: string;
}

export interface ProbeOperation {
  operationId: string;
  method: string;
  path: string;
  pointer: string;
  /** Pointer of the path item (where x-ms-notification-content sits). */
  pathPointer: string;
  operation: Json;
  pathItem: Json;
  parameters: ProbeParameter[];
  internal: boolean;
  /** `x-ms-trigger: single` on a POST/PUT: subscribed to with a callback URL. */
  webhook: boolean;
}

export const isObject: (value: unknown) => value is Json = isJsonObject;

/** Follows local `$ref`s (`#/...`) until a value without one; the pointer says where it ended. */
export function deref(document: Json, value: unknown, pointer: string): { value: unknown; pointer: string } {
  const { chain, broken } = followRefs(document, { value, at: fromPointer(pointer) });
  const last = chain[chain.length - 1]!;
  // A reference to nothing resolves to nothing, so callers skip it instead of reading the `$ref` object.
  return { value: broken === 'missing' ? undefined : last.value, pointer: toPointer(last.at) };
}

export function listOperations(document: Json): ProbeOperation[] {
  const operations: ProbeOperation[] = [];
  for (const { path, method, pathItem, operation, at } of swaggerOperations(document, { followPathItemRefs: true })) {
    // An operation's own parameter overrides the path item's one of the same name and place.
    const parameters: ProbeParameter[] = [];
    for (const { parameter, definedAt } of mergedParameters(document, { path, pathItem, operation, at })) {
      if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
      const required = parameter.required === true || parameter.in === 'path';
      parameters.push({ name: parameter.name, in: parameter.in, required, spec: parameter, pointer: toPointer(definedAt) });
    }
    operations.push({
      operationId: typeof operation.operationId === 'string' ? operation.operationId : `${method.toUpperCase()} ${path}`,
      method,
      path,
      pointer: toPointer(at),
      pathPointer: toPointer(['paths', path]),
      operation,
      pathItem,
      parameters,
      internal: operation['x-ms-visibility'] === 'internal',
      webhook: operation['x-ms-trigger'] === 'single' && (method === 'post' || method === 'put'),
    });
  }
  return operations;
}

export interface DeclaredResponse {
  status: string;
  pointer: string;
  response: Json;
}

/** The response the definition declares for `status`: that code, else `default`. */
export function declaredResponse(document: Json, operation: ProbeOperation, status: number): DeclaredResponse | undefined {
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  for (const key of [String(status), 'default']) {
    if (!(key in responses)) continue;
    const { value, pointer } = deref(document, responses[key], `${operation.pointer}/responses/${key}`);
    if (isObject(value)) return { status: key, pointer, response: value };
  }
  return undefined;
}

/** The 2xx codes the definition declares, for messages. */
export function successCodes(operation: ProbeOperation): string[] {
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  return Object.keys(responses).filter((k) => /^2\d\d$/.test(k));
}

/** Does `path` (no query) match the template `/a/{x}/b`? The captured values when it does. */
export function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const t = template.split('/');
  const p = path.split('/');
  if (t.length !== p.length) return undefined;
  const values: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const segment = t[i]!;
    const m = /^\{([^}]+)\}$/.exec(segment);
    if (m) {
      if (p[i] === '') return undefined;
      try {
        values[m[1]!] = decodeURIComponent(p[i]!);
      } catch {
        return undefined;
      }
    } else if (segment !== p[i]) return undefined;
  }
  return values;
}
