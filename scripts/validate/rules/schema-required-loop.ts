import type { PointerSegments } from '../../core/json-pointer.js';
import { localRefSegments } from '../../core/swagger-walk.js';
import { asArray, asObject, isObject, pointer, type JsonObject } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  requiredCycle: (definitions: readonly string[], properties: readonly string[]) =>
    `Definitions ${definitions.join(' → ')} require each other through required properties (${properties.join(', ')}), so no value can ever be complete; make one of these properties optional.`,
};

interface Edge {
  to: string;
  /** The required property that makes the edge, where it is written. */
  at: PointerSegments;
  property: string;
}

/**
 * The definitions a definition cannot exist without: those reached through required properties
 * (and inline objects under them), not through arrays (an empty array ends the chain) or optional ones.
 */
function requiredEdges(name: string, definition: JsonObject): Edge[] {
  const edges: Edge[] = [];
  const stack: [JsonObject, PointerSegments][] = [[definition, ['definitions', name]]];
  let steps = 0;
  while (stack.length > 0 && steps++ < 10_000) {
    const [schema, at] = stack.pop()!;
    asArray(schema.allOf).forEach((part, i) => {
      if (isObject(part)) stack.push([part, [...at, 'allOf', i]]);
    });
    const properties = asObject(schema.properties) ?? {};
    for (const required of asArray(schema.required)) {
      if (typeof required !== 'string') continue;
      const child = asObject(properties[required]);
      if (!child) continue;
      const childAt = [...at, 'properties', required];
      const target = typeof child.$ref === 'string' ? localRefSegments(child.$ref) : undefined;
      const definition = target?.length === 2 && target[0] === 'definitions' ? target[1] : undefined;
      if (definition !== undefined) edges.push({ to: definition, at: childAt, property: required });
      else if (child.type === 'object' || child.properties !== undefined) stack.push([child, childAt]);
    }
  }
  return edges;
}

/** A cycle of required properties through $refs: no finite value satisfies it. */
const rule = defineRule({
  id: 'schema-required-loop',
  description: 'No cycle of required properties runs through $refs (no value could ever be complete).',
  docs: ruleDocs('schema-required-loop'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const definitions = asObject(ctx.swagger?.definitions) ?? {};
    const graph = new Map<string, Edge[]>();
    for (const [name, definition] of Object.entries(definitions)) {
      const object = asObject(definition);
      if (object) graph.set(name, requiredEdges(name, object));
    }
    // Depth-first with colours; each cycle is reported once, at the edge that closes it.
    const state = new Map<string, 'open' | 'done'>();
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (const start of graph.keys()) {
      if (state.has(start)) continue;
      const path: { node: string; edge?: Edge }[] = [];
      const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
      state.set(start, 'open');
      path.push({ node: start });
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const edges = graph.get(top.node) ?? [];
        if (top.next >= edges.length) {
          state.set(top.node, 'done');
          stack.pop();
          path.pop();
          continue;
        }
        const edge = edges[top.next++]!;
        if (!graph.has(edge.to)) continue;
        const seen = state.get(edge.to);
        if (seen === 'open') {
          const from = path.findIndex((p) => p.node === edge.to);
          const cycle = [...path.slice(from + 1).map((p) => p.edge!), edge];
          const key = [...cycle.map((e) => pointer(e.at))].sort().join('|');
          if (!reported.has(key)) {
            reported.add(key);
            const names = [edge.to, ...cycle.map((e) => e.to)];
            out.push({
              pointer: pointer(edge.at),
              message: messages.requiredCycle(names, cycle.map((e) => `${String(e.at[1])}.${e.property}`)),
            });
          }
        } else if (seen === undefined) {
          state.set(edge.to, 'open');
          path.push({ node: edge.to, edge });
          stack.push({ node: edge.to, next: 0 });
        }
      }
    }
    return out;
  },
});
export default rule;
