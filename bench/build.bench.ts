/**
 * How long the build takes: the whole `insights-connector build` as a process (what a user waits
 * for, Node and tsx start-up included), when the types are reused (the definition's swagger did
 * not change) and when they are regenerated (it did); then the stages inside one process.
 * Target: the whole build (validate + emit) under 2 s on a 2-core machine.
 *
 *   npx tsx bench/build.bench.ts [runs]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { customerInsightsConnector } from '../connector/index.js';
import { buildPackage } from '../scripts/build/build.js';

const runs = Number(process.argv[2] ?? 7);
const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'insights-bench-'));

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `min ${sorted[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
}

try {
  const build = () => execFileSync(process.execPath, ['bin/insights-connector.mjs', 'build', '--out', out], { cwd: root });
  build(); // warm-up (and the tsx transform cache)
  const reused: number[] = [];
  const regenerated: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    build();
    reused.push(performance.now() - started);
    rmSync(path.join(out, 'types.ts'));
    started = performance.now();
    build();
    regenerated.push(performance.now() - started);
  }
  console.log(`whole build as a process, types reused (${runs} runs):      ${stats(reused)}  [target < 2000 ms]`);
  console.log(`whole build as a process, types regenerated (${runs} runs): ${stats(regenerated)}  [target < 2000 ms]`);

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
  console.log(`in process, assemble the definition: ${stats(assemble)}`);
  console.log(`in process, validate + serialize + icon + README + types: ${stats(pipeline)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
