/**
 * The diff takes any file a user points it at, so no input may make it throw: a thrown error would
 * reach the user as a stack trace instead of an exit code. Random edits anywhere in a realistic
 * connector (wrong types, missing pieces, odd $refs) must still produce a result, in both directions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffConnectors } from './engine.js';
import { baseConnector, type Json } from './test-helpers.js';

/** Every container path in a JSON value, root included. */
function containers(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => containers(value[key], [...at, key]))];
}

const oddValues = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    { $ref: '#/definitions/Item' },
    { $ref: '#/definitions/Missing' },
    { $ref: '#%E0%A4%A' },
    { $ref: 'other.json#/x' },
    { $ref: '#' },
    { type: 'object', properties: { x: { $ref: '#/definitions/Item' } } },
    { 'x-ms-dynamic-values': { operationId: 42 } },
    { 'x-ms-dynamic-schema': 'nope' },
  ),
);

/** Keys the model reads, so edits land where they matter. */
const keys = fc.constantFrom(
  ...['type', 'properties', 'items', 'required', 'enum', 'parameters', 'schema', '$ref', 'allOf'],
  ...['x-ms-trigger', 'x-ms-notification-content', 'in', 'name', 'operationId', 'new'],
);

const edit = fc.record({ pick: fc.nat(), key: keys, value: oddValues, remove: fc.boolean() });

function mutate(connector: Json, edits: { pick: number; key: string; value: unknown; remove: boolean }[]): Json {
  const copy = structuredClone(connector);
  for (const { pick, key, value, remove } of edits) {
    const all = containers(copy);
    const target = all[pick % all.length]!.reduce((node: Json, segment) => node[segment], copy);
    if (Array.isArray(target)) {
      if (remove) target.splice(pick % (target.length || 1), 1);
      else target.push(structuredClone(value));
    } else if (remove) delete target[key];
    // A clone, so an edit can never make the document contain itself (parsed JSON cannot).
    else target[key] = structuredClone(value);
  }
  return copy;
}

describe('diff robustness', () => {
  it('never throws on edited connectors, in either direction', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const before = baseConnector();
        const after = mutate(before, edits);
        for (const [a, b] of [[before, after], [after, before]]) {
          const result = diffConnectors(a, b);
          expect(result.summary.breaking + result.summary.nonBreaking).toBe(result.changes.length);
          for (const change of result.changes) expect(change.pointer === '' || change.pointer.startsWith('/')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        expect(() => diffConnectors({ swagger: a, apiProperties: b }, { swagger: b, apiProperties: a })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
