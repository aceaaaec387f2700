/**
 * `import` over a corpus of existing connectors (for example a checkout of
 * microsoft/PowerPlatformConnectors): every folder under the given ones that holds a swagger is
 * imported, its project loaded and built in this process (the same build `build --definition`
 * runs), and the emitted apiDefinition.swagger.json and apiProperties.json compared as JSON values
 * (key order aside) with the connector's own files. All imported projects are then type-checked
 * under `tsc --strict` in a few programs. Prints, next to the targets: connectors imported, exact
 * round trips (target ≥ 99 %), builds the validator let through, compile failures (target 0),
 * findings per kind, and import + build time per connector (target < 1 s). Every connector is
 * imported, loaded and assembled; every Nth (`--build-every`, default 10) also goes through the
 * whole build, whose type generator makes it the slow part.
 *
 *   npx tsx bench/import-corpus.bench.ts <folder>... [--limit N] [--batch N] [--build-every N] [--keep DIR]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { AssembledConnector } from '../connector/kit/index.js';
import { buildPackage } from '../scripts/build/build.js';
import { ImportInputError, importConnector } from '../scripts/import/index.js';
import { readConnector } from '../scripts/import/read.js';
import { orderSwagger } from '../scripts/build/swagger-order.js';
import { toStableJson } from '../scripts/core/stable-json.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const KIT = path.join(ROOT, 'connector/kit/index.js');
const TARGET_EXACT = 0.99;
const TARGET_SECONDS = 1;

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const limit = Number(flag('--limit') ?? Infinity);
const batch = Number(flag('--batch') ?? 150);
const keep = flag('--keep');
/** Every Nth connector also goes through the whole build (validator, README, icon, Logic Apps, types): the timed part. */
const buildEvery = Number(flag('--build-every') ?? 10);
if (args.length === 0) {
  process.stderr.write('usage: npx tsx bench/import-corpus.bench.ts <folder>... [--limit N] [--batch N] [--build-every N] [--keep DIR]\n');
  process.exit(2);
}

/** Folders that hold a swagger, at most three levels down. */
async function connectorFolders(dir: string, depth = 0): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && /^apidefinition\.swagger\.(json|ya?ml)$/i.test(e.name))) return [dir];
  if (depth >= 3) return [];
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...(await connectorFolders(path.join(dir, entry.name), depth + 1)));
  }
  return found;
}

function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(value));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const started = performance.now();
const folders = (await Promise.all(args.map((a) => connectorFolders(path.resolve(a))))).flat().slice(0, limit);
const work = keep ? path.resolve(keep) : await mkdtemp(path.join(tmpdir(), 'import-corpus-'));
await mkdir(work, { recursive: true });

let imported = 0;
let exact = 0;
let exactWithoutFindings = 0;
let buildsAccepted = 0;
const failures: string[] = [];
const unreadable: string[] = [];
let lenient = 0;
const inexact: string[] = [];
const findingsByKind = new Map<string, number>();
const connectorsWithFindings = new Set<string>();
const times: number[] = [];
const importTimes: number[] = [];
let buildSampled = 0;
const projects: string[] = [];

for (const [index, folder] of folders.entries()) {
  const name = `c${String(index).padStart(4, '0')}`;
  const out = path.join(work, name);
  const t0 = performance.now();
  let result;
  try {
    result = importConnector(folder, { kit: KIT });
  } catch (error) {
    // The message starts with the file's path and line:column: kept relative to the connector's folder.
    if (error instanceof ImportInputError) unreadable.push(`${folder}: ${(error as Error).message.replace(`${folder}${path.sep}`, '')}`);
    else failures.push(`${folder}: import threw ${(error as Error).message}`);
    continue;
  }
  if (result.findings.some((f) => f.code === 'not-strict-json')) lenient++;
  for (const f of result.findings) {
    const kind = f.code === 'unsupported-key' ? `${f.code} '${/'([^']+)'/.exec(f.message)?.[1] ?? '?'}'` : f.code;
    findingsByKind.set(kind, (findingsByKind.get(kind) ?? 0) + 1);
    connectorsWithFindings.add(folder);
  }
  if (result.files.size === 0) continue;
  await rm(out, { recursive: true, force: true });
  for (const [file, content] of result.files) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), content);
  }
  imported++;
  projects.push(out);
  let connector: AssembledConnector;
  try {
    const module = (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as { default: () => AssembledConnector };
    connector = module.default();
  } catch (error) {
    failures.push(`${folder}: loading the project threw ${(error as Error).message.split('\n')[0]}`);
    continue;
  }
  // What the build writes (it writes nothing when its checks find errors: then what it would write).
  const swagger = JSON.parse(toStableJson(orderSwagger(connector.document)));
  const apiProperties = JSON.parse(toStableJson(connector.apiProperties));
  const importSeconds = performance.now() - t0;
  importTimes.push(importSeconds);
  if (index % buildEvery === 0) {
    try {
      const built = await buildPackage(connector, { settingsFolder: 'out' });
      buildSampled++;
      const written = built.files.get('apiDefinition.swagger.json')?.toString();
      if (written !== undefined) {
        buildsAccepted++;
        if (canonical(JSON.parse(written)) !== canonical(swagger)) failures.push(`${folder}: the build wrote another swagger than the assembled one`);
      }
    } catch (error) {
      failures.push(`${folder}: build threw ${(error as Error).message.split('\n')[0]}`);
    }
    times.push(performance.now() - t0);
  }
  // Against the connector's own files, not against what the import kept of them.
  const source = readConnector(folder);
  if (canonical(swagger) === canonical(source.swagger.value) && source.apiProperties && canonical(apiProperties) === canonical(source.apiProperties.value)) {
    exact++;
    if (!connectorsWithFindings.has(folder)) exactWithoutFindings++;
  } else inexact.push(folder);
  if ((index + 1) % 100 === 0) process.stderr.write(`  ${index + 1}/${folders.length} …\n`);
}

// Type-check every project under tsc --strict, in batches of `batch` projects per program.
const compileFailures = new Set<string>();
const tscStarted = performance.now();
const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
for (let i = 0; i < projects.length; i += batch) {
  const group = projects.slice(i, i + batch);
  const config = path.join(work, `tsconfig.${i}.json`);
  await writeFile(
    config,
    JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')], target: 'es2022' },
      files: group.map((p) => path.join(p, 'index.ts')),
    }),
  );
  const output = await run(tsc, ['-p', config], { maxBuffer: 256 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  for (const line of output.split('\n')) {
    const match = /^(.*?\/c\d{4})\//.exec(line);
    if (match && /error TS/.test(line)) compileFailures.add(match[1]!);
  }
}
const tscSeconds = (performance.now() - tscStarted) / 1000;

const total = folders.length;
const ratio = imported === 0 ? 0 : exact / total;
const line = (label: string, value: string, target = '') => process.stdout.write(`${label.padEnd(44)}${value.padEnd(24)}${target}\n`);
process.stdout.write(`\nimport over ${args.join(', ')}\n\n`);
line('connectors found', String(total));
line('connectors imported', String(imported));
line('  unreadable (not JSON, even leniently)', String(unreadable.length));
line('  read leniently (not strict JSON)', String(lenient));
line('exact round trips (swagger + apiProperties)', `${exact} (${(ratio * 100).toFixed(1)} % of found)`, `target ≥ ${TARGET_EXACT * 100} %: ${ratio >= TARGET_EXACT ? 'met' : 'NOT met'}`);
line('  of the readable ones', `${((exact / Math.max(1, total - unreadable.length)) * 100).toFixed(1)} %`);
line('  of them with no finding at all', String(exactWithoutFindings));
line('connectors with findings', String(connectorsWithFindings.size));
line('builds the validator let through', `${buildsAccepted} of ${buildSampled} built (every ${buildEvery}th)`);
line('compile failures (tsc --strict)', String(compileFailures.size), `target 0: ${compileFailures.size === 0 ? 'met' : 'NOT met'}`);
line('import + load + assemble, p50', `${(percentile(importTimes, 50) / 1000).toFixed(3)} s`);
line('import + load + assemble, p95', `${(percentile(importTimes, 95) / 1000).toFixed(3)} s`);
line('import + whole build per connector, p50', `${(percentile(times, 50) / 1000).toFixed(3)} s`, `target < ${TARGET_SECONDS} s: ${percentile(times, 50) < TARGET_SECONDS * 1000 ? 'met' : 'NOT met'}`);
line('import + whole build per connector, p95', `${(percentile(times, 95) / 1000).toFixed(3)} s`);
line('import + whole build per connector, max', `${(Math.max(0, ...times) / 1000).toFixed(3)} s`);
line('type check (all projects)', `${tscSeconds.toFixed(1)} s in ${Math.ceil(projects.length / batch)} program(s)`);
line('wall time', `${((performance.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write('\nfindings per kind:\n');
for (const [kind, count] of [...findingsByKind].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${String(count).padStart(6)}  ${kind}\n`);
if (unreadable.length > 0) process.stdout.write(`\nunreadable (${unreadable.length}):\n${unreadable.map((f) => `  ${f}`).join('\n')}\n`);
if (failures.length > 0) process.stdout.write(`\nfailures (${failures.length}):\n${failures.slice(0, 20).map((f) => `  ${f}`).join('\n')}\n`);
if (inexact.length > 0) process.stdout.write(`\nnot exact (${inexact.length}), first ones:\n${inexact.slice(0, 10).map((f) => `  ${f}`).join('\n')}\n`);
if (compileFailures.size > 0) process.stdout.write(`\ncompile failures, first ones:\n${[...compileFailures].slice(0, 10).map((f) => `  ${f}`).join('\n')}\n`);
if (!keep) await rm(work, { recursive: true, force: true });
