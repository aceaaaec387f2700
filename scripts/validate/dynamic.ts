/**
 * Shared by the x-ms-dynamic-* rules: where the extensions are, which operation they belong to,
 * and what shape a lookup operation's response has along a path such as `value/id`.
 */
import type { PointerSegments } from '../core/json-pointer.js';
import { asArray, asObject, HTTP_METHODS, type JsonObject, type OperationEntry, type ValidationContext } from './context.js';

export const DYNAMIC_KEYS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;
export type DynamicKey = (typeof DYNAMIC_KEYS)[number];

export interface DynamicUse {
  /** The object carrying the extension (a parameter or a schema). */
  holder: JsonObject;
  at: PointerSegments;
  /** The operation whose parameters `{"parameter": ...}` refers to, when known. */
  caller: OperationEntry | undefined;
  /** Whether the holder is a parameter object (rather than a schema). */
  isParameter: boolean;
}

export function dynamicUses(ctx: ValidationContext): DynamicUse[] {
  const byAt = new Map<string, OperationEntry>();
  for (const entry of ctx.operations) byAt.set(`${entry.path}\u0000${entry.method}`, entry);
  const uses: DynamicUse[] = [];
  for (const node of ctx.nodes) {
    if (Array.isArray(node.value)) continue;
    const value = node.value;
    if (!DYNAMIC_KEYS.some((k) => k in value)) continue;
    const last = node.at[node.at.length - 1];
    if (last === 'properties' || node.at.some((s) => typeof s === 'string' && (DYNAMIC_KEYS as readonly string[]).includes(s))) continue;
    let caller: OperationEntry | undefined;
    if (node.at[0] === 'paths' && typeof node.at[1] === 'string') {
      const method = node.at[2];
      if (typeof method === 'string' && (HTTP_METHODS as readonly string[]).includes(method)) caller = byAt.get(`${node.at[1]}\u0000${method}`);
      else if (method === 'x-ms-notification-content') caller = ctx.operations.find((e) => e.path === node.at[1] && e.operation['x-ms-trigger'] === 'single');
    }
    const isParameter = node.at[node.at.length - 2] === 'parameters' && typeof value.in === 'string';
    uses.push({ holder: value, at: node.at, caller, isParameter });
  }
  return uses;
}

/** The schema of the first 2xx response that has one, with references followed. */
export function successSchema(ctx: ValidationContext, entry: OperationEntry): JsonObject | undefined {
  const responses = asObject(entry.operation.responses) ?? {};
  for (const code of Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).sort()) {
    const response = asObject(ctx.resolve(responses[code], [])?.value);
    const schema = asObject(ctx.resolve(response?.schema, [])?.value);
    if (schema) return schema;
  }
  return undefined;
}

export type PathResult = { kind: 'found'; schema: JsonObject } | { kind: 'missing'; at: string } | { kind: 'unknown' };

/** An object schema whose property list we cannot know (dynamic, free-form or untyped). */
function isOpen(schema: JsonObject): boolean {
  if (schema['x-ms-dynamic-schema'] !== undefined || schema['x-ms-dynamic-properties'] !== undefined) return true;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return true;
  return asObject(schema.properties) === undefined && asArray(schema.allOf).length === 0;
}

function property(ctx: ValidationContext, schema: JsonObject, name: string, depth = 0): JsonObject | 'unknown' | undefined {
  const own = asObject(asObject(schema.properties)?.[name]);
  if (own) return asObject(ctx.resolve(own, [])?.value) ?? 'unknown';
  for (const part of asArray(schema.allOf)) {
    const resolved = asObject(ctx.resolve(part, [])?.value);
    if (!resolved || depth > 8) return 'unknown';
    const found = property(ctx, resolved, name, depth + 1);
    if (found) return found;
  }
  return isOpen(schema) ? 'unknown' : undefined;
}

/** Follows `a/b/c` through object properties. */
export function followPath(ctx: ValidationContext, schema: JsonObject, path: string): PathResult {
  let current = schema;
  const segments = path.split('/').filter((s) => s !== '');
  for (const [i, segment] of segments.entries()) {
    const next = property(ctx, current, segment);
    if (next === 'unknown') return { kind: 'unknown' };
    if (!next) return { kind: 'missing', at: segments.slice(0, i + 1).join('/') };
    current = next;
  }
  return { kind: 'found', schema: current };
}

/** The element schema of an array schema; 'unknown' when it is not visibly an array of objects. */
export function itemsOf(ctx: ValidationContext, schema: JsonObject): JsonObject | 'not-array' | 'unknown' {
  if (schema.type !== 'array') return schema.type === undefined ? 'unknown' : 'not-array';
  return asObject(ctx.resolve(schema.items, [])?.value) ?? 'unknown';
}

/** The names a lookup operation accepts as `parameters` keys. */
export function parameterNames(ctx: ValidationContext, entry: OperationEntry): { names: Set<string>; hasBody: boolean; required: JsonObject[] } {
  const names = new Set<string>();
  let hasBody = false;
  const required: JsonObject[] = [];
  for (const p of ctx.parameters(entry)) {
    if (typeof p.parameter.name === 'string') names.add(p.parameter.name);
    if (p.parameter.in === 'body') hasBody = true;
    if (p.parameter.required === true && p.parameter.in !== 'body') required.push(p.parameter);
  }
  return { names, hasBody, required };
}
