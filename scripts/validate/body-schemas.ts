/**
 * Every schema an operation's input body can hold, reached from its body parameter through
 * properties, items, allOf and additionalProperties, following local $refs (each definition once
 * per body, so cycles end). `depth` 0 is the body's own schema; deeper is nested inside it.
 */
import type { PointerSegments } from '../core/json-pointer.js';
import { asArray, asObject, isObject, type JsonObject, type OperationEntry, type ValidationContext } from './context.js';

export interface BodySchemaNode {
  schema: JsonObject;
  /** Where the schema is written (after following $refs). */
  at: PointerSegments;
  depth: number;
  entry: OperationEntry;
}

/** The bound on nodes visited per body, so a pathological document stays linear. */
const MAX_NODES_PER_BODY = 20_000;

/** One walk per context, shared by the rules that need it. */
const cache = new WeakMap<ValidationContext, BodySchemaNode[]>();

export function bodySchemaNodes(ctx: ValidationContext): BodySchemaNode[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const out: BodySchemaNode[] = [];
  for (const entry of ctx.operations) {
    const body = ctx.parameters(entry).find((p) => p.parameter.in === 'body');
    if (!body) continue;
    const seen = new Set<string>();
    const stack: [unknown, PointerSegments, number][] = [[body.parameter.schema, [...body.definedAt, 'schema'], 0]];
    let visited = 0;
    while (stack.length > 0 && visited < MAX_NODES_PER_BODY) {
      const [raw, rawAt, depth] = stack.pop()!;
      const resolved = ctx.resolve(raw, rawAt);
      const schema = asObject(resolved?.value);
      if (!schema || !resolved) continue;
      const id = resolved.at.join('\u0000');
      if (seen.has(id)) continue;
      seen.add(id);
      visited++;
      out.push({ schema, at: resolved.at, depth, entry });
      for (const [name, child] of Object.entries(asObject(schema.properties) ?? {})) stack.push([child, [...resolved.at, 'properties', name], depth + 1]);
      if (isObject(schema.items)) stack.push([schema.items, [...resolved.at, 'items'], depth + 1]);
      if (isObject(schema.additionalProperties)) stack.push([schema.additionalProperties, [...resolved.at, 'additionalProperties'], depth + 1]);
      asArray(schema.allOf).forEach((part, i) => stack.push([part, [...resolved.at, 'allOf', i], depth]));
    }
  }
  cache.set(ctx, out);
  return out;
}
