/**
 * The validator and the diff on pathological documents: the repros of the hostile run (a
 * backtracking e-mail, ten million `{}` under the size limit, definitions that fan out across
 * hundreds of operations) and generated ones. Each ends in findings or a clean result within its
 * test's time, never a throw, a hang or an out-of-memory error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffConnectors } from '../../scripts/diff/engine.js';
import { MAX_SCHEMA_NODES } from '../../scripts/diff/model.js';
import { isLoadedDocument, loadDocument, MAX_ARRAY_LENGTH, MAX_DEPTH } from '../../scripts/core/load-document.js';
import { validateConnector } from '../../scripts/validate/index.js';
import { forceGc } from './helpers.js';

type Json = Record<string, unknown>;

const connector = (extra: Json = {}): Json => ({
  swagger: '2.0',
  info: { title: 'Contoso', version: '1.0', description: 'Hostile input.', contact: { name: 'C', url: 'https://contoso.com', email: 'a@contoso.com' } },
  host: 'api.contoso.com',
  basePath: '/',
  schemes: ['https'],
  paths: { '/a': { get: { operationId: 'A', summary: 'Get a', description: 'Gets a.', responses: { '200': { description: 'OK' } } } } },
  ...extra,
});

async function validateText(text: string, profile: 'custom' | 'certification' = 'certification') {
  const loaded = loadDocument('apiDefinition.swagger.json', text);
  if (!isLoadedDocument(loaded)) return [loaded];
  const reports = await validateConnector({ swagger: loaded }, { profile });
  return reports.flatMap((r) => r.diagnostics);
}

describe('validator', () => {
  it('the backtracking e-mail (338 KB): short findings, at once', async () => {
    const swagger = connector();
    (swagger.info as Json).contact = { name: 'C', url: 'https://contoso.com', email: `a@${'.'.repeat(300_000)}@` };
    const diagnostics = await validateText(JSON.stringify(swagger));
    const email = diagnostics.filter((d) => d.pointer === '/info/contact/email');
    expect(email.map((d) => d.code).sort()).toEqual(['info-contact', 'swagger-schema']);
    for (const d of email) expect(d.message.length).toBeLessThan(300);
  });

  it('ten million {} in one array (30 MB, under the size limit): refused while scanning', async () => {
    const before = process.memoryUsage().rss;
    const text = `{"swagger":"2.0","x-many":[${'{},'.repeat(10_000_000)}{}]}`;
    const diagnostics = await validateText(text);
    expect(diagnostics).toMatchObject([{ code: 'input-too-large', line: 1 }]);
    expect(diagnostics[0]!.message).toContain(String(MAX_ARRAY_LENGTH));
    forceGc();
    // The 30 MB text itself is held (as UTF-16) while the test runs; nothing proportional to its values is.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('generated documents (deep, wide, self-referring, odd types) give findings, never a throw', async () => {
    const leaf = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({ $ref: '#/definitions/Self' }), fc.constant({ $ref: '/dev/zero' }));
    const value = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('type', 'properties', 'items', '$ref', 'x-ms-summary', 'default', 'example', 'name', 'in', 'schema', 'allOf', '__proto__', 'constructor'), tie('node'), { maxKeys: 4 })),
    })).node;
    await fc.assert(
      fc.asyncProperty(value, value, fc.integer({ min: 1, max: MAX_DEPTH + 10 }), async (paths, definitions, depth) => {
        const nested = '['.repeat(depth) + ']'.repeat(depth);
        const text = JSON.stringify(connector({ paths, definitions: { Self: { $ref: '#/definitions/Self' }, Other: definitions } })).replace('"Hostile input."', JSON.stringify(nested));
        const diagnostics = await validateText(text);
        expect(Array.isArray(diagnostics)).toBe(true);
        const deep = loadDocument('x.json', `{"a":${nested}}`);
        expect(isLoadedDocument(deep) || deep.code === 'input-too-deep').toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('diff', () => {
  /** Twelve definitions of six properties, each referring to the next, used by `operations` operations (63 KB at 300). */
  function fanOut(operations: number): Json {
    const definitions: Json = {};
    for (let level = 0; level < 12; level++) {
      definitions[`D${level}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`p${i}`, { $ref: `#/definitions/D${level + 1}` }])) };
    }
    definitions.D12 = { type: 'string' };
    const paths: Json = {};
    for (let i = 0; i < operations; i++) paths[`/a${i}`] = { get: { operationId: `A${i}`, responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/D0' } } } } };
    return connector({ paths, definitions });
  }

  it('shared $refs across 300 operations: a diff-budget-reached finding, not an out-of-memory error', () => {
    const swagger = fanOut(300);
    const changed = structuredClone(swagger);
    delete (changed.paths as Json)['/a7'];
    const before = process.memoryUsage().rss;
    // The document of the repro, under a budget a fiftieth of the default so the test stays quick:
    // the walk is bounded by the budget, whatever the document (at the default, `diff` takes about 5 s).
    const maxSchemaNodes = MAX_SCHEMA_NODES / 50;
    const result = diffConnectors({ swagger }, { swagger: changed }, { maxSchemaNodes });
    expect(result.changes.map((c) => c.code)).toEqual(['operation-deleted', 'diff-budget-reached', 'diff-budget-reached']);
    expect(result.changes[1]!.message).toContain(String(maxSchemaNodes));
    forceGc();
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('generated pairs of odd documents always diff to a result', () => {
    const doc = fc.record({
      paths: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 }),
      definitions: fc.dictionary(fc.constantFrom('A', 'B', 'C'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ $ref: '#/definitions/A' }), fc.constant({ properties: { x: { $ref: '#/definitions/B' } } })), { maxKeys: 3 }),
    });
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const result = diffConnectors({ swagger: a }, { swagger: b });
        expect(result.summary.breaking + result.summary.nonBreaking).toBe(result.changes.length);
      }),
      { numRuns: 200 },
    );
  });
});
