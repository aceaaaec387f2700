/**
 * Whatever it is given, the validator answers with findings (or, for unreadable text, a load
 * diagnostic): it never throws, never hangs, and no rule trips over unexpected shapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostic.js';
import { isLoadedDocument, loadDocument } from '../core/load-document.js';
import { allNodes } from './context.js';
import type { FileReport } from './engine.js';
import { validateConnector } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtureValue = (name: string, file: string) => JSON.parse(readFileSync(path.join(here, 'fixtures', name, file), 'utf8')) as unknown;
const SWAGGERS = ['webhook', 'polling', 'dynamic-schema', 'routing', 'multi-auth'].map((n) => fixtureValue(n, 'apiDefinition.swagger.json'));
const PROPERTIES = ['webhook', 'polling', 'multi-auth', 'routing'].map((n) => fixtureValue(n, 'apiProperties.json'));

function wellFormed(d: Diagnostic): void {
  expect(typeof d.code).toBe('string');
  expect(['error', 'warning', 'info']).toContain(d.severity);
  expect(d.message.length).toBeGreaterThan(0);
  expect(d.pointer === '' || d.pointer.startsWith('/')).toBe(true);
  if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
  if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
  expect(d.message).not.toMatch(/The rule failed on this input/);
}

async function validateValues(values: { swagger?: unknown; apiProperties?: unknown; settings?: unknown }, profile: 'custom' | 'certification'): Promise<FileReport[]> {
  const files: Parameters<typeof validateConnector>[0] = {};
  for (const [kind, value] of Object.entries(values) as [keyof typeof files, unknown][]) {
    const loaded = loadDocument(`${kind}.json`, JSON.stringify(value) ?? 'null');
    if (!isLoadedDocument(loaded)) throw new Error(`a JSON.stringify result did not load: ${loaded.message}`);
    files[kind] = loaded;
  }
  return validateConnector(files, { profile, fileExists: () => false, cwd: '.' });
}

type Mutation = { target: number; op: 'delete' | 'replace' | 'retype' | 'duplicate'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'retype', 'duplicate'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<unknown>(null, [], {}, '', 0, true, '#/definitions/Nope', { $ref: '#/nope' }, { operationId: 'ListProjects' })),
});

/** Applies mutations to a copy: delete a key, replace a value, change its type, or duplicate it elsewhere. */
function mutate(value: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(value);
  for (const m of mutations) {
    const nodes = allNodes(copy);
    if (nodes.length === 0) break;
    const node = nodes[m.target % nodes.length]!;
    const keys = Array.isArray(node.value) ? node.value.map((_, i) => i) : Object.keys(node.value);
    if (keys.length === 0) continue;
    const key = keys[m.target % keys.length]!;
    const container = node.value as Record<string | number, unknown>;
    if (m.op === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
    } else if (m.op === 'replace') {
      // A copy: fast-check hands out the same object for a constantFrom value in every run, and a
      // later mutation changing it in place made it double in each run until the worker ran out
      // of memory (seed 754254787 of the first property).
      container[key] = structuredClone(m.value);
    } else if (m.op === 'retype') {
      container[key] = Array.isArray(container[key]) ? { 0: container[key] } : typeof container[key] === 'object' ? [container[key]] : String(container[key]);
    } else container[`${String(key)}Copy`] = structuredClone(container[key]);
  }
  return copy;
}

const RUNS = 400;
/** A ceiling per property on a loaded machine: fewer runs then, rather than a slow suite. */
const TIME_LIMIT = { interruptAfterTimeLimit: 4_000 };

describe('the validator on arbitrary input', () => {
  it('answers findings for mutated realistic connectors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SWAGGERS.length - 1 }),
        fc.nat({ max: PROPERTIES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('custom' as const, 'certification' as const),
        async (s, p, mutations, profile) => {
          const reports = await validateValues({ swagger: mutate(SWAGGERS[s], mutations), apiProperties: mutate(PROPERTIES[p], mutations.slice(0, 2)) }, profile);
          expect(reports).toHaveLength(2);
          reports.flatMap((r) => r.diagnostics).forEach(wellFormed);
        },
      ),
      { numRuns: RUNS, ...TIME_LIMIT },
    );
  });

  it('answers findings for random JSON values in every role', async () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    const swaggerish = fc.record(
      { swagger: fc.oneof(fc.constant('2.0'), anyJson), info: anyJson, paths: fc.dictionary(fc.string(), fc.dictionary(fc.constantFrom('get', 'post', 'parameters', 'x-ms-notification-content', '$ref'), anyJson)), definitions: anyJson },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, swaggerish), anyJson, anyJson, async (swagger, apiProperties, settings) => {
        const reports = await validateValues({ swagger, apiProperties, settings }, 'certification');
        reports.flatMap((r) => r.diagnostics).forEach(wellFormed);
      }),
      { numRuns: RUNS * 2, ...TIME_LIMIT },
    );
  });

  it('loads any text into a document or a load diagnostic, never an exception', () => {
    const fixtureText = JSON.stringify(SWAGGERS[3], null, 2);
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.nat({ max: fixtureText.length }).map((n) => fixtureText.slice(0, n)),
      fc.tuple(fc.nat({ max: fixtureText.length }), fc.string({ maxLength: 3 })).map(([n, s]) => fixtureText.slice(0, n) + s + fixtureText.slice(n + 1)),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('a.json', 'a.yaml', 'swagger'), (input, file) => {
        const result = loadDocument(file, input);
        if (isLoadedDocument(result)) {
          expect(result.locate('')).toBeDefined();
        } else {
          expect(['parse-error', 'input-too-deep', 'input-too-large']).toContain(result.code);
          wellFormed(result);
        }
      }),
      { numRuns: RUNS + 100, ...TIME_LIMIT },
    );
  });
});
