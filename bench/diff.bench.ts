/**
 * Is the diff linear in the size of the connector? Two versions of a synthetic connector of about
 * 1, 3 and 10 MB, pretty-printed (plain operations with a body, a response and a shared definition
 * with described fields, about as dense as the largest certified connectors; each operation pair
 * with breaking and safe changes, so every one gets advice) are compared in-process,
 * and the time per MB is printed for each size. Target: the time per MB at 10 MB is at most 1.3×
 * the time per MB at 1 MB (a diff that scans all operations per breaking change grows with the
 * square of the size and misses it).
 *
 *   npx tsx bench/diff.bench.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { diffConnectors } from '../scripts/diff/engine.js';
import { buildView, MAX_SCHEMA_NODES } from '../scripts/diff/model.js';

const runs = Number(process.argv[2] ?? 5);
const TARGET_RATIO = 1.3;

type Json = Record<string, unknown>;

/** One version of a connector with `operations` operations; `changed` makes the second version. */
function connector(operations: number, changed: boolean): Json {
  const paths: Json = {};
  const definitions: Json = {};
  for (let i = 0; i < operations; i++) {
    definitions[`Record${i}`] = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 12 }, (_, f) => [
          `field${f}`,
          {
            type: f === 3 && changed ? 'integer' : 'string',
            'x-ms-summary': `Field ${f}`,
            description: `Field ${f} of record ${i}, as the service stores it; shown in the designer under the record's outputs.`,
          },
        ]),
      ),
    };
    paths[`/records${i}/{id}`] = {
      get: {
        operationId: `GetRecord${i}`,
        summary: changed ? `Get record ${i} by id` : `Get record ${i}`,
        'x-ms-api-annotation': { family: `GetRecord${i}`, revision: 1 },
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string', description: 'The record id.' },
          { name: 'expand', in: 'query', required: false, type: 'string', description: 'Related records to include.' },
        ],
        responses: { '200': { description: 'OK', schema: { $ref: `#/definitions/Record${i}` } } },
      },
      put: {
        operationId: `UpdateRecord${i}`,
        summary: `Update record ${i}`,
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string' },
          { name: 'body', in: 'body', required: true, schema: { $ref: `#/definitions/Record${i}` } },
        ],
        responses: { '200': { description: 'OK', schema: { $ref: `#/definitions/Record${i}` } } },
      },
    };
  }
  return { swagger: '2.0', info: { title: 'Bench', version: '1.0' }, host: 'api.example.com', basePath: '/', schemes: ['https'], paths, definitions };
}

function megabytes(value: unknown): number {
  // Pretty-printed, as connector files are written.
  return Buffer.byteLength(JSON.stringify(value, null, 2)) / (1024 * 1024);
}

// Operations per MB, measured once on a small document.
const perMb = 100 / megabytes(connector(100, false));
const results: { size: number; mb: number; msPerMb: number; breaking: number }[] = [];
for (const size of [1, 3, 10]) {
  const operations = Math.round(size * perMb);
  const before = { swagger: connector(operations, false) };
  const after = { swagger: connector(operations, true) };
  const mb = megabytes(before.swagger);
  diffConnectors(before, after); // warm-up
  const samples: number[] = [];
  let breaking = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    breaking = diffConnectors(before, after).summary.breaking;
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  results.push({ size, mb, msPerMb: median / mb, breaking });
  const view = buildView(before.swagger);
  const fields = [...view.operations.values()].reduce((n, op) => n + op.inputs.size + op.outputs.size, 0);
  console.log(
    `diff of ${mb.toFixed(1)} MB (${operations * 2} operations, ${fields} fields of ${MAX_SCHEMA_NODES} schema nodes allowed${view.budgetReached ? ', BUDGET REACHED' : ''}, ${breaking} breaking changes), ` +
      `in-process, median of ${runs}: ${median.toFixed(0)} ms = ${(median / mb).toFixed(0)} ms per MB`,
  );
}
const ratio = results.at(-1)!.msPerMb / results[0]!.msPerMb;
console.log(`time per MB at 10 MB / at 1 MB: ${ratio.toFixed(2)}×  [target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'missed'}]`);
