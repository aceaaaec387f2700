/**
 * A required parameter without a picker or a declared value gets its value the way a maker maps
 * dynamic content from an earlier step:
 *
 * - an item's id (`…/items/{id}`) comes from the collection operation on the path above it (`…/items`):
 *   the Location of the item the probe created there (with --write), else the first item that the
 *   collection's GET answers, read from its key (the property marked `x-ms-keyType: primary` in the
 *   resolved schema, else the one named like the parameter, else the first one named `id` or `…Id`);
 * - any other parameter (`partitionUri`) comes from a GET whose last path segment names the same
 *   thing (`…/partitions`): its first item's property named like the parameter, else its `Name`.
 */
import type { ProbeContext } from './context.js';
import { isObject, matchTemplate, type ProbeOperation, type ProbeParameter } from './operations.js';

export interface Derived {
  value: unknown;
  /** Shown in the report: where the value came from. */
  from: string;
}

export async function deriveValue(ctx: ProbeContext, op: ProbeOperation, parameter: ProbeParameter): Promise<Derived | undefined> {
  const suffix = `/{${parameter.name}}`;
  if (parameter.in === 'path' && op.path.endsWith(suffix)) {
    const collectionPath = op.path.slice(0, -suffix.length);
    const sources = ctx.operations.filter((o) => o.path === collectionPath && o !== op);
    const create = sources.find((o) => o.method === 'post' && !o.webhook);
    if (create && ctx.write) {
      const run = await ctx.ensureRun(create);
      const location = run?.answer?.headers.get('location');
      const path = location ? ctx.backend.relativePath(location) : undefined;
      if (path) {
        const values = matchTemplate(`${ctx.prefix}${op.path}`, path);
        if (values?.[parameter.name] !== undefined) return { value: values[parameter.name], from: `the Location ${create.operationId} answered` };
      }
    }
    const list = sources.find((o) => o.method === 'get');
    if (list) {
      const run = await ctx.ensureRun(list);
      const item = firstItem(run?.answer?.body);
      const key = item ? keyOf(item, parameter.name, run?.responseSchema) : undefined;
      if (item && key) return { value: item[key], from: `${key} of the first item ${list.operationId} answered` };
    }
  }
  const stem = parameter.name.replace(/(Uri|Url|Id|Name|Key|Reference|Ref)$/i, '').toLowerCase();
  if (stem === '') return undefined;
  const candidates = ctx.operations.filter((o) => o !== op && o.method === 'get' && lastStaticSegment(o.path).toLowerCase().startsWith(stem));
  candidates.sort((a, b) => commonPrefix(b.path, op.path) - commonPrefix(a.path, op.path));
  for (const source of candidates) {
    const run = await ctx.ensureRun(source);
    const item = firstItem(run?.answer?.body);
    if (!item) continue;
    const field = Object.keys(item).find((k) => k.toLowerCase() === parameter.name.toLowerCase()) ?? ['Name', 'name', 'id', 'Id'].find((k) => k in item);
    if (field && isScalar(item[field])) return { value: item[field], from: `${field} of the first item ${source.operationId} answered` };
  }
  return undefined;
}

/** The first object of an answer's collection: the answer itself when it is a list, else its first list property (`value` first). */
export function firstItem(body: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(body)
    ? body
    : isObject(body)
      ? Array.isArray(body.value)
        ? body.value
        : Object.values(body).find((v): v is unknown[] => Array.isArray(v) && v.some(isObject))
      : undefined;
  const first = list?.find(isObject);
  return first;
}

function keyOf(item: Record<string, unknown>, name: string, schema: unknown): string | undefined {
  const primary = primaryKey(schema, 0);
  if (primary && isScalar(item[primary])) return primary;
  const keys = Object.keys(item).filter((k) => isScalar(item[k]));
  return keys.find((k) => k.toLowerCase() === name.toLowerCase()) ?? keys.find((k) => /(^id$|[a-z0-9]Id$|ID$|_id$)/.test(k));
}

function primaryKey(schema: unknown, depth: number): string | undefined {
  if (!isObject(schema) || depth > 6) return undefined;
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (isObject(property) && property['x-ms-keyType'] === 'primary') return name;
    }
    for (const property of Object.values(schema.properties)) {
      const inner = primaryKey(property, depth + 1);
      if (inner) return inner;
    }
  }
  return primaryKey(schema.items, depth + 1);
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

function lastStaticSegment(path: string): string {
  return path.split('/').filter((s) => s !== '' && !s.startsWith('{')).at(-1) ?? '';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
