/**
 * The one walk over a Swagger 2.0 document that the kit, validate, diff and the contract checker
 * share: the HTTP methods a path item may hold, its operations in document order, local `$ref`
 * resolution (through `resolvePointer`, with a cycle guard) and the merge of path-item and
 * operation parameters. Everything here reads untyped JSON and never throws on malformed input.
 */
import { fromPointer, resolvePointer, toPointer, type PointerSegments } from './json-pointer.js';
import { asArray, asObject, asString, isObject, type JsonObject } from './json.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';
/** The operation keys of a path item, in the order the Swagger 2.0 specification lists them. */
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** A value of the document and where it is. */
export interface Located<T = unknown> {
  value: T;
  at: PointerSegments;
}

export interface OperationRef {
  path: string;
  method: HttpMethod;
  pathItem: JsonObject;
  operation: JsonObject;
  /** Segments of the operation object: `['paths', path, method]`. */
  at: PointerSegments;
}

export interface OperationsOptions {
  /**
   * Follow a path item's local `$ref`s (`"/a": { "$ref": "#/x-paths/a" }`) to the item they name: its
   * operations are listed under the path that refers to it (`at` stays `['paths', path, method]`).
   * A path item whose reference names nothing is left out; one whose reference is external or loops
   * is read as written. Off by default: validate and diff report path-item references through their
   * own rules, so they see the items as written.
   */
  followPathItemRefs?: boolean;
}

/** Every operation object under `paths`, in document order (path by path, methods in HTTP_METHODS order). */
export function swaggerOperations(swagger: unknown, options: OperationsOptions = {}): OperationRef[] {
  const result: OperationRef[] = [];
  const paths = asObject(asObject(swagger)?.['paths']);
  if (!paths) return result;
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = asObject(options.followPathItemRefs ? referredPathItem(swagger, path, rawItem) : rawItem);
    if (!pathItem) continue;
    for (const method of HTTP_METHODS) {
      const operation = asObject(pathItem[method]);
      if (operation) result.push({ path, method, pathItem, operation, at: ['paths', path, method] });
    }
  }
  return result;
}

/** The path item `raw` refers to through local `$ref`s; `undefined` when a reference names nothing. */
function referredPathItem(swagger: unknown, path: string, raw: unknown): unknown {
  const { chain, broken } = followRefs(swagger, { value: raw, at: ['paths', path] });
  return broken === 'missing' ? undefined : chain[chain.length - 1]!.value;
}

// Shared definitions are reached again and again; each reference is decoded and looked up once per document.
const lookedUp = new WeakMap<object, Map<string, Located | undefined>>();

/**
 * The target of a local reference (`#/definitions/A%20B`: the fragment is percent-decoded, then read
 * as a JSON pointer); `undefined` for an external, malformed or missing one.
 */
export function lookupLocalRef(document: unknown, ref: string): Located | undefined {
  if (!ref.startsWith('#') || document === null || typeof document !== 'object') return undefined;
  let cache = lookedUp.get(document);
  if (!cache) lookedUp.set(document, (cache = new Map()));
  if (cache.has(ref)) return cache.get(ref);
  const at = localRefSegments(ref);
  const value = at === undefined ? undefined : resolvePointer(document, toPointer(at));
  const found = at === undefined || value === undefined ? undefined : { value, at };
  cache.set(ref, found);
  return found;
}

/** The segments a local reference designates (`#/definitions/A%20B` → `['definitions', 'A B']`); `undefined` when it is not a well-formed local one. */
export function localRefSegments(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return fromPointer(decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

export interface RefChain {
  /** The start, then every value reached from it through `$ref`. */
  chain: Located[];
  /** The references followed, in order. */
  refs: string[];
  /** Set when the last value still holds a `$ref` that could not be followed. */
  broken?: 'external' | 'missing' | 'cycle';
}

/** Follows `$ref`s from `start` until a value without one; a reference seen before on the chain stops it. */
export function followRefs(document: unknown, start: Located): RefChain {
  const chain: Located[] = [start];
  const refs: string[] = [];
  let current = start;
  for (;;) {
    const ref = asString(asObject(current.value)?.['$ref']);
    if (ref === undefined) return { chain, refs };
    if (!ref.startsWith('#')) return { chain, refs, broken: 'external' };
    if (refs.includes(ref)) return { chain, refs, broken: 'cycle' };
    const target = lookupLocalRef(document, ref);
    if (!target) return { chain, refs, broken: 'missing' };
    refs.push(ref);
    chain.push(target);
    current = target;
  }
}

/** The value `start` resolves to, or `undefined` when a reference on the way is external, missing or loops. */
export function resolveRefs(document: unknown, start: Located): Located | undefined {
  const { chain, broken } = followRefs(document, start);
  return broken ? undefined : chain[chain.length - 1];
}

export interface MergedParameter {
  /** The parameter after following local `$ref`s. */
  parameter: JsonObject;
  /** Where the parameter is listed (on the operation or on its path item). */
  at: PointerSegments;
  /** Where the parameter's content is written: `at`, or the `#/parameters/...` entry it refers to. */
  definedAt: PointerSegments;
  level: 'operation' | 'path';
}

/**
 * The effective parameters of an operation: its own (in order, duplicates kept for the rules that
 * report them), then its path item's that no own parameter with the same `in` and `name` overrides.
 * Entries whose reference cannot be resolved to an object are left out.
 */
export function mergedParameters(document: unknown, operation: Omit<OperationRef, 'method'>): MergedParameter[] {
  const list = (raw: unknown, base: PointerSegments, level: MergedParameter['level']): MergedParameter[] => {
    const result: MergedParameter[] = [];
    asArray(raw).forEach((entry, index) => {
      const at = [...base, index];
      const resolved = resolveRefs(document, { value: entry, at });
      if (resolved && isObject(resolved.value)) result.push({ parameter: resolved.value, at, definedAt: resolved.at, level });
    });
    return result;
  };
  const own = list(operation.operation['parameters'], [...operation.at, 'parameters'], 'operation');
  const shared = list(operation.pathItem['parameters'], ['paths', operation.path, 'parameters'], 'path');
  const key = (p: MergedParameter) => `${String(p.parameter['in'])}:${String(p.parameter['name'])}`;
  const ownKeys = new Set(own.map(key));
  return [...own, ...shared.filter((p) => !ownKeys.has(key(p)))];
}
