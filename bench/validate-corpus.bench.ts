/**
 * The validator over a whole corpus of real connectors, per profile, next to Spectral's `spectral:oas`
 * over the same swaggers, both timed as whole processes (what a CI job would run):
 *
 *   npx tsx bench/validate-corpus.bench.ts <folder> [--profile custom|certification] [--no-spectral] [--list CODE]
 *
 * <folder> holds connectors, for example a checkout of microsoft/PowerPlatformConnectors (its
 * `certified-connectors` and `independent-publisher-connectors` folders). Every folder below it that
 * holds an `apiDefinition.swagger.json` is one connector; the first folder level under <folder> is
 * its group (so certified and independent-publisher connectors are counted apart).
 *
 * Printed per profile: connectors, files, findings per code (errors / warnings / infos), connectors
 * with at least one error (per group, and per error code), wall time and peak RSS. `--list CODE`
 * also prints the connectors that get that error code, with the first message, for review.
 * Targets: in `custom`, no more than 1 % of the connectors with an error, and the whole corpus in
 * under 15 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'insights-connector.mjs');
const SWAGGER = 'apidefinition.swagger.json';
const TARGET_SECONDS = 15;
const TARGET_ERROR_SHARE = 0.01;

interface Args {
  folder: string;
  profiles: string[];
  spectral: boolean;
  list: string[];
}

function parse(argv: string[]): Args {
  const args: Args = { folder: '', profiles: [], spectral: true, list: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--profile') args.profiles.push(argv[++i] ?? '');
    else if (arg === '--no-spectral') args.spectral = false;
    else if (arg === '--list') args.list.push(argv[++i] ?? '');
    else if (!args.folder) args.folder = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  if (!args.folder) {
    console.error('usage: npx tsx bench/validate-corpus.bench.ts <folder> [--profile custom|certification] [--no-spectral] [--list CODE]');
    process.exit(2);
  }
  if (args.profiles.length === 0) args.profiles = ['custom', 'certification'];
  return args;
}

/** Connector folders (those holding a swagger), in a stable order. */
function connectorsUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name.toLowerCase() === SWAGGER)) found.push(dir);
    if (depth >= 4) return;
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && !e.name.startsWith('.')) walk(path.join(dir, e.name), depth + 1);
    }
  };
  walk(folder, 0);
  return found;
}

function groupOf(base: string, connector: string): string {
  const relative = path.relative(base, connector);
  return relative.split(path.sep)[0] || '.';
}

interface ProcessRun {
  seconds: number;
  /** User + system CPU seconds of the process (what it costs on an idle machine, about). */
  cpuSeconds: number;
  peakRssMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** One whole process under /usr/bin/time, for its wall time and peak RSS. */
function timed(command: string, args: string[], cwd: string): ProcessRun {
  const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-bench-')), 'rss');
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, SCARF_ANALYTICS: 'false', NO_COLOR: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.error) throw result.error;
  let peakRssMb = NaN;
  let cpuSeconds = NaN;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    const [rss, user, system] = lines[lines.length - 1]!.split(' ').map(Number);
    peakRssMb = rss! / 1024;
    cpuSeconds = user! + system!;
  } catch {
    // time could not write it; reported as NaN.
  }
  rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { seconds, cpuSeconds, peakRssMb, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  files: { file: string; diagnostics: { code: string; severity: string; message: string; pointer: string }[] }[];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0 %' : `${((100 * part) / whole).toFixed(1)} %`;
}

const args = parse(process.argv.slice(2));
const base = path.resolve(args.folder);
if (!statSync(base).isDirectory()) throw new Error(`${base} is not a folder`);
const connectors = connectorsUnder(base);
const groups = new Map<string, string[]>();
for (const c of connectors) groups.set(groupOf(base, c), [...(groups.get(groupOf(base, c)) ?? []), c]);
console.log(`corpus: ${connectors.length} connectors under ${args.folder} (${[...groups].map(([g, cs]) => `${g}: ${cs.length}`).join(', ')})`);
const compiled = spawnSync(process.execPath, ['--input-type=module', '-e', `import { compiledEntry } from ${JSON.stringify(path.join(root, 'bin', 'compiled.mjs'))}; console.log(compiledEntry() ? 'bundle' : 'sources')`], { encoding: 'utf8' }).stdout.trim();
console.log(`validator runs from: ${compiled === 'bundle' ? 'dist/cli (precompiled bundle)' : 'TypeScript sources through tsx (dist/cli is stale or absent)'}`);

// Paths relative to the corpus folder keep the command line short and the report readable.
const relativeConnectors = connectors.map((c) => path.relative(base, c) || '.');
const connectorOf = (file: string): string => {
  const dir = path.dirname(path.resolve(base, file));
  return path.relative(base, dir) || '.';
};

for (const profile of args.profiles) {
  const run = timed(process.execPath, [cli, 'validate', ...relativeConnectors, '--profile', profile, '--format', 'json'], base);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    console.log(`\n[${profile}] validate exited ${run.status} without a JSON document; stderr: ${run.stderr.slice(0, 2000)}`);
    continue;
  }
  const perCode = new Map<string, { error: number; warning: number; info: number; connectorsWithError: Set<string>; example?: string }>();
  const withError = new Set<string>();
  for (const file of report.files) {
    const connector = connectorOf(file.file);
    for (const d of file.diagnostics) {
      const entry = perCode.get(d.code) ?? { error: 0, warning: 0, info: 0, connectorsWithError: new Set<string>() };
      entry[d.severity as 'error' | 'warning' | 'info']++;
      if (d.severity === 'error') {
        withError.add(connector);
        if (!entry.connectorsWithError.has(connector) && args.list.includes(d.code)) {
          console.log(`  [${profile}] ${d.code} ${connector}${d.pointer ? ` ${d.pointer}` : ''}: ${d.message}`);
        }
        entry.connectorsWithError.add(connector);
      }
      perCode.set(d.code, entry);
    }
  }
  console.log(`\n[${profile}] validate (whole process): ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak RSS ${run.peakRssMb.toFixed(0)} MB, exit ${run.status}`);
  console.log(`  connectors ${connectors.length}, files ${report.files.length}`);
  for (const [group, members] of groups) {
    const errored = members.filter((m) => withError.has(path.relative(base, m) || '.')).length;
    console.log(`  ${group}: ${errored} of ${members.length} connectors with at least one error (${percent(errored, members.length)})`);
  }
  const total = withError.size;
  console.log(`  all: ${total} of ${connectors.length} connectors with at least one error (${percent(total, connectors.length)})`);
  console.log('  findings per code (errors / warnings / infos; connectors with that error):');
  for (const [code, e] of [...perCode].sort((a, b) => b[1].connectorsWithError.size - a[1].connectorsWithError.size || b[1].error + b[1].warning - a[1].error - a[1].warning || a[0].localeCompare(b[0]))) {
    console.log(`    ${code.padEnd(40)} ${String(e.error).padStart(6)} / ${String(e.warning).padStart(6)} / ${String(e.info).padStart(6)}; ${e.connectorsWithError.size}`);
  }
  if (run.stderr.trim()) console.log(`  stderr: ${run.stderr.trim().split('\n').length} lines, first: ${run.stderr.trim().split('\n')[0]}`);
  if (profile === 'custom') {
    console.log(`  target: at most ${TARGET_ERROR_SHARE * 100} % of connectors with an error that is not a real defect (review the codes above with --list); with any error: ${percent(total, connectors.length)}`);
    console.log(`  target: whole corpus under ${TARGET_SECONDS} s: ${run.seconds < TARGET_SECONDS ? 'met' : 'missed'} (${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU; wall time depends on what else the machine runs)`);
  }
}

if (args.spectral) {
  // Spectral lints files, not folders: the same swaggers, in one process, with the oas ruleset.
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-bench-spectral-'));
  try {
    const ruleset = path.join(dir, '.spectral.yaml');
    writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
    const swaggers = connectors.map((c) => {
      const name = readdirSync(c).find((n) => n.toLowerCase() === SWAGGER)!;
      return path.relative(base, path.join(c, name));
    });
    const spectralBin = path.join(root, 'node_modules', '.bin', 'spectral');
    const run = timed(spectralBin, ['lint', ...swaggers, '--ruleset', ruleset, '--format', 'json', '--quiet'], base);
    let counts = '';
    try {
      const results = JSON.parse(run.stdout) as { code: string; severity: number; source?: string }[];
      const errors = results.filter((r) => r.severity === 0);
      const errored = new Set(errors.map((r) => path.dirname(path.resolve(base, r.source ?? ''))));
      counts = `, ${results.length} findings (${errors.length} errors); ${errored.size} of ${connectors.length} connectors with at least one error (${percent(errored.size, connectors.length)})`;
    } catch {
      counts = `, output not JSON (exit ${run.status}: ${run.stderr.trim().split('\n')[0] ?? ''})`;
    }
    console.log(`\nspectral lint, spectral:oas (whole process): ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak RSS ${run.peakRssMb.toFixed(0)} MB${counts}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
