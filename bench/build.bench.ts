/**
 * How long the build takes, as whole processes (what a user waits for, Node start-up included):
 *
 *   npx tsx bench/build.bench.ts [runs]
 *
 * 1. `npm run build` in a clone whose sources did not change (the compile step finds dist/cli/
 *    fresh, the types are reused). Target: under 1 s.
 * 2. `build --check` against a warm `build`, in turn. Target: the check no slower (ratio <= 1).
 * 3. A build whose types must be regenerated (types.ts removed first). Target: under 2 s.
 * Then, in one process (in-process figures, for where the time goes): assembling the definition
 * and the build pipeline.
 *
 * Every build writes to a temporary folder, never to generated/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isFresh } from '../bin/compiled.mjs';
import { customerInsightsConnector } from '../connector/index.js';
import { buildPackage } from '../scripts/build/build.js';
import { compare, describeSamples, median, nodeCommand, pairedRatio, runOnce, target, type Command, type Sample } from './process-timing.js';

const runs = Number(process.argv[2] ?? 7);
const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'insights-bench-'));
const bin = path.join(root, 'bin', 'insights-connector.mjs');
const relativeOut = path.relative(root, out);

execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle', 'compile.mjs')], { stdio: 'inherit' });

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${median(samples).toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`;
}

try {
  cpSync(path.join(root, 'generated'), out, { recursive: true });

  console.log(`\n1. npm run build, unchanged sources, ${runs} runs`);
  const npmBuild: Command = { label: 'npm run build', file: 'npm', args: ['run', '--silent', 'build', '--', '--out', relativeOut, '--quiet'], cwd: root };
  const warm = compare(npmBuild, undefined, runs);
  console.log(describeSamples(npmBuild.label, warm.a));
  const warmWall = median(warm.a.map((s) => s.wallMs));
  console.log(target('warm npm run build < 1000 ms', warmWall, warmWall < 1000, ' ms'));

  console.log(`\n2. build --check against build, ${runs} runs each, in turn`);
  const check = nodeCommand('insights-connector build --check', bin, ['build', '--out', relativeOut, '--check', '--quiet'], { cwd: root });
  const build = nodeCommand('insights-connector build', bin, ['build', '--out', relativeOut, '--quiet'], { cwd: root });
  const pair = compare(check, build, runs);
  console.log(describeSamples(check.label, pair.a));
  console.log(describeSamples(build.label, pair.b));
  const ratio = pairedRatio(pair, (s) => s.wallMs)!;
  console.log(`  ratio check/build (median of pairs): wall ${ratio.toFixed(3)}x`);
  console.log(target('build --check no slower than a warm build', ratio, ratio <= 1, 'x'));

  console.log(`\n3. build with the types regenerated, ${runs} runs`);
  const cold: Sample[] = [];
  runOnce(build);
  for (let i = 0; i < runs; i++) {
    rmSync(path.join(out, 'types.ts'));
    cold.push(runOnce(build));
  }
  console.log(describeSamples('insights-connector build, types regenerated', cold));
  const coldWall = median(cold.map((s) => s.wallMs));
  console.log(target('build with regenerated types < 2000 ms', coldWall, coldWall < 2000, ' ms'));
  if (!isFresh()) console.log('  note: a source changed during the run, so some builds ran from source through tsx');

  const assemble: number[] = [];
  const pipeline: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const connector = customerInsightsConnector();
    assemble.push(performance.now() - started);
    started = performance.now();
    await buildPackage(connector, { settingsFolder: 'generated' });
    pipeline.push(performance.now() - started);
  }
  console.log(`\nin one process: assemble the definition ${stats(assemble)}; validate + serialize + icon + README + types ${stats(pipeline)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
