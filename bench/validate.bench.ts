/**
 * The validator as a user runs it, whole process against whole process, side by side in one run:
 *
 *   npx tsx bench/validate.bench.ts <folder of connector folders> [--runs N] [--spectral-corpus]
 *
 * e.g. the certified-connectors folder of the public PowerPlatformConnectors repository.
 *
 * 1. The median connector of the folder (by swagger size): `insights-connector validate <folder>`
 *    against `spectral lint` (ruleset spectral:oas) of its swagger, in turn, each as its own
 *    process. Targets: under 300 ms, and at most 0.25x Spectral's time.
 * 2. `insights-connector --help` as a process (the bin, with its freshness check), paired with a
 *    bare `node -e 0`. Target: under 100 ms. Where NODE_EXTRA_CA_CERTS is set, both are run with
 *    and without it (Node 20 parses the file before running any script) and the target is judged
 *    without it.
 * 3. Every connector of the folder in one `validate` process, reported one at a time. Targets:
 *    under 8 s and under 250 MiB peak RSS. `--spectral-corpus` also lints every swagger in one
 *    Spectral process for the ratio (minutes).
 *
 * Ours is the compiled command line (dist/cli/, compiled first if a source changed), as an
 * installed package runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compare, describeSamples, median, nodeCommand, pairedRatio, target } from './process-timing.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '7' }, 'spectral-corpus': { type: 'boolean', default: false } },
});
const corpus = positionals[0];
if (!corpus || !existsSync(corpus)) {
  console.error('usage: npx tsx bench/validate.bench.ts <folder of connector folders> [--runs N] [--spectral-corpus]');
  process.exit(2);
}
const runs = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'run.js');
const spectral = path.join(root, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle', 'compile.mjs')], { stdio: 'inherit' });

const folders = readdirSync(corpus)
  .map((name) => path.join(corpus, name))
  .filter((folder) => existsSync(path.join(folder, 'apiDefinition.swagger.json')))
  .map((folder) => ({ folder, bytes: statSync(path.join(folder, 'apiDefinition.swagger.json')).size }))
  .sort((a, b) => a.bytes - b.bytes || a.folder.localeCompare(b.folder));
if (folders.length === 0) {
  console.error(`${corpus} has no folders with an apiDefinition.swagger.json`);
  process.exit(2);
}
const middle = folders[Math.floor((folders.length - 1) / 2)]!;

const work = mkdtempSync(path.join(tmpdir(), 'validate-bench-'));
try {
  const ruleset = path.join(work, '.spectral.yaml');
  writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
  const env = { SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1' };
  const spectralArgs = (files: string[]) => ['lint', ...files, '--ruleset', ruleset, '--format', 'json', '--quiet'];

  console.log(`\n1. median connector of ${folders.length}: ${path.basename(middle.folder)} (${(middle.bytes / 1024).toFixed(1)} KB swagger), ${runs} runs each, in turn`);
  const ours = nodeCommand('insights-connector validate', cli, ['validate', middle.folder]);
  const theirs = nodeCommand('spectral lint (spectral:oas)', spectral, spectralArgs([path.join(middle.folder, 'apiDefinition.swagger.json')]), { cwd: work, env });
  const pair = compare(ours, theirs, runs);
  console.log(describeSamples(ours.label, pair.a));
  console.log(describeSamples(theirs.label, pair.b));
  const wallRatio = pairedRatio(pair, (s) => s.wallMs)!;
  const cpuRatio = pairedRatio(pair, (s) => s.cpuMs);
  console.log(`  ratio ours/spectral (median of pairs): wall ${wallRatio.toFixed(3)}x${cpuRatio !== undefined ? `, cpu ${cpuRatio.toFixed(3)}x` : ''}`);
  const oursWall = median(pair.a.map((s) => s.wallMs));
  console.log(target('validate median connector < 300 ms', oursWall, oursWall < 300, ' ms'));
  console.log(target('<= 0.25x spectral (wall)', wallRatio, wallRatio <= 0.25, 'x'));

  console.log(`\n2. --help (bin/insights-connector.mjs, as a user runs it) against bare node (node -e 0), ${runs} runs each, in turn`);
  // Node 20 reads and parses NODE_EXTRA_CA_CERTS at every start, before any of our code, and
  // OpenSSL 3 makes that slow (nodejs/node#40524; Node 22 and 24 defer it): where it is set, that
  // cost is on both sides but is not the command line's, so the target is judged on a start without
  // it, and both are printed.
  const environments: { label: string; env: NodeJS.ProcessEnv }[] = [{ label: 'as this shell runs it', env: {} }];
  if (process.env.NODE_EXTRA_CA_CERTS) environments.unshift({ label: 'without NODE_EXTRA_CA_CERTS', env: { NODE_EXTRA_CA_CERTS: undefined } });
  let helpWall: number | undefined;
  for (const { label, env: startEnv } of environments) {
    const pairHelp = compare(
      nodeCommand('insights-connector --help', path.join(root, 'bin', 'insights-connector.mjs'), ['--help'], { env: startEnv }),
      nodeCommand('node -e 0', '-e', ['0'], { env: startEnv }),
      runs,
    );
    console.log(`  ${label}:`);
    console.log(describeSamples('  insights-connector --help', pairHelp.a));
    console.log(describeSamples('  node -e 0', pairHelp.b));
    const wall = median(pairHelp.a.map((s) => s.wallMs));
    console.log(`    ratio --help / bare node (median of pairs): wall ${pairedRatio(pairHelp, (s) => s.wallMs)!.toFixed(3)}x`);
    helpWall ??= wall;
  }
  if (environments.length > 1) console.log('  (NODE_EXTRA_CA_CERTS is set here: Node 20 parses that file at every start; the target is judged without it)');
  console.log(target('--help < 100 ms', helpWall!, helpWall! < 100, ' ms'));

  console.log(`\n3. all ${folders.length} connectors in one process, 3 runs`);
  const all = folders.map((f) => f.folder);
  const everything = nodeCommand(`insights-connector validate (${folders.length} folders)`, cli, ['validate', ...all]);
  const spectralAll = values['spectral-corpus']
    ? nodeCommand(`spectral lint (${folders.length} swaggers)`, spectral, spectralArgs(all.map((f) => path.join(f, 'apiDefinition.swagger.json'))), { cwd: work, env })
    : undefined;
  const corpusRuns = compare(everything, spectralAll, 3, 0);
  console.log(describeSamples(everything.label, corpusRuns.a));
  if (spectralAll) {
    console.log(describeSamples(spectralAll.label, corpusRuns.b));
    console.log(`  ratio ours/spectral (median of pairs): wall ${pairedRatio(corpusRuns, (s) => s.wallMs)!.toFixed(3)}x`);
  } else {
    console.log('  (spectral over the whole folder: pass --spectral-corpus; it takes minutes)');
  }
  const corpusWall = median(corpusRuns.a.map((s) => s.wallMs));
  const corpusPeak = median(corpusRuns.a.map((s) => s.peakMiB ?? Number.NaN));
  console.log(target('all connectors < 8000 ms', corpusWall, corpusWall < 8000, ' ms'));
  console.log(target('all connectors < 250 MiB peak RSS', corpusPeak, corpusPeak < 250, ' MiB'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
