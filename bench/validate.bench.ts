/**
 * How long the offline validator takes on a ~1 MB connector, next to `spectral lint` (oas ruleset)
 * on the same file, in the same run:
 *
 *   npx tsx bench/validate.bench.ts
 *
 * The validator is timed in-process (load + all rules, several runs, median; the first run also pays
 * for compiling the Swagger 2.0 schema). Spectral is timed as the CLI a CI job would run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLoadedDocument, loadDocument } from '../scripts/shared/load-document.js';
import { validateConnector } from '../scripts/validate/index.js';

const TARGET_BYTES = 1_000_000;
const RUNS = 7;
const SPECTRAL_RUNS = 3;

function operation(i: number): Record<string, unknown> {
  const name = `Entity${i}`;
  return {
    operationId: `Get${name}`,
    summary: `Get entity ${i}`,
    description: `Gets entity number ${i} with its details.`,
    'x-ms-visibility': i % 3 === 0 ? 'important' : 'advanced',
    parameters: [
      { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Entity ID', description: 'The identifier of the entity.' },
      { name: '$filter', in: 'query', type: 'string', 'x-ms-summary': 'Filter Query', description: 'An OData filter.' },
      { name: '$top', in: 'query', type: 'integer', format: 'int32', 'x-ms-summary': 'Top Count', description: 'How many to return.' },
    ],
    responses: { '200': { description: 'OK', schema: { $ref: `#/definitions/${name}` } }, default: { description: 'Error' } },
  };
}

function definition(i: number, width: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let p = 0; p < width; p++) {
    properties[`field${p}`] =
      p % 5 === 0
        ? { type: 'array', items: { type: 'object', properties: { key: { type: 'string', 'x-ms-summary': 'Key' }, value: { type: 'number', 'x-ms-summary': 'Value' } } }, 'x-ms-summary': `Field ${p} List` }
        : { type: p % 2 ? 'string' : 'integer', description: `Field ${p} of entity ${i}.`, 'x-ms-summary': `Field ${p}` };
  }
  return { type: 'object', required: ['field0'], properties };
}

function connector(width: number, operations: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const definitions: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    paths[`/entities${i}/{id}`] = { get: operation(i) };
    definitions[`Entity${i}`] = definition(i, width);
  }
  return {
    swagger: '2.0',
    info: { title: 'Contoso Benchmark', version: '1.0', description: 'A generated connector of about one megabyte for timing the validator.' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    definitions,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Grow the definitions until the file is about 1 MB (just under, so the size rule stays quiet).
let width = 10;
let text = '';
for (;;) {
  const next = `${JSON.stringify(connector(width + 1, 250), null, 2)}\n`;
  if (Buffer.byteLength(next) >= TARGET_BYTES) break;
  width++;
  text = next;
}

const dir = mkdtempSync(path.join(tmpdir(), 'validate-bench-'));
try {
  const file = path.join(dir, 'apiDefinition.swagger.json');
  writeFileSync(file, text);
  console.log(`connector: ${Buffer.byteLength(text)} bytes, 250 operations, ${width} properties per definition`);

  const times: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const loaded = loadDocument(file, text);
    if (!isLoadedDocument(loaded)) throw new Error(loaded.message);
    const reports = await validateConnector({ swagger: loaded });
    times.push(performance.now() - start);
    findings = reports[0]!.diagnostics.length;
  }
  console.log(`insights-connector validate (in-process): median ${median(times).toFixed(0)} ms over ${RUNS} runs (first ${times[0]!.toFixed(0)} ms, ${findings} findings)`);

  writeFileSync(path.join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  const spectralTimes: number[] = [];
  let spectralNote = '';
  for (let run = 0; run < SPECTRAL_RUNS; run++) {
    const start = performance.now();
    const result = spawnSync('npx', ['spectral', 'lint', file, '--ruleset', path.join(dir, '.spectral.yaml'), '--format', 'json', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, SCARF_ANALYTICS: 'false' },
      maxBuffer: 256 * 1024 * 1024,
    });
    spectralTimes.push(performance.now() - start);
    if (result.error) throw result.error;
    if (result.status !== 0 && result.status !== 1) spectralNote = ` (exit ${result.status}: ${result.stderr.trim().split('\n')[0]})`;
  }
  const validateMedian = median(times);
  const spectralMedian = median(spectralTimes);
  console.log(`npx spectral lint (spectral:oas): median ${spectralMedian.toFixed(0)} ms over ${SPECTRAL_RUNS} runs${spectralNote}`);
  console.log(`validate is ${(spectralMedian / validateMedian).toFixed(1)}x faster than spectral; target under 1000 ms: ${validateMedian < 1000 ? 'met' : 'missed'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
