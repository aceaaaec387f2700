/**
 * Whole-process timing for the benchmarks: each command runs as its own process, several times after
 * a warm-up, two commands in turn (A B A B ...) so a drift of the machine's speed hits both alike,
 * and each figure is reported as min / median / max with the ratio A/B taken pair by pair.
 *
 * Per run: wall time (from spawn to exit), CPU time of the process and what it waited for
 * (Linux's cutime + cstime of this process, read from /proc), and, for Node commands started through
 * `nodeCommand`, the process's own peak RSS (written at exit by a preloaded module).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Command {
  label: string;
  file: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Sample {
  wallMs: number;
  cpuMs: number | undefined;
  peakMiB: number | undefined;
  status: number | null;
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-process-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const preload = path.join(work, 'peak-rss.mjs');
writeFileSync(
  preload,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => { if (process.env.BENCH_PEAK_RSS_FILE) writeFileSync(process.env.BENCH_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
);

/** A Node program as a command whose peak RSS is measured; `node` is this process's Node. */
export function nodeCommand(label: string, script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Command {
  return { label, file: process.execPath, args: ['--import', pathToFileURL(preload).href, script, ...args], ...options };
}

/** Children's CPU (user + system) so far, in ms: fields 16 and 17 of /proc/self/stat, in clock ticks. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name, field 3 is fields[0]; cutime is field 16, cstime 17.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / 100;
  } catch {
    return undefined;
  }
}

export function runOnce(command: Command): Sample {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command.file, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, BENCH_PEAK_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (result.error) throw result.error;
  let peakMiB: number | undefined;
  try {
    peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {
    peakMiB = undefined;
  }
  return {
    wallMs,
    cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
    peakMiB,
    status: result.status,
  };
}

export interface Comparison {
  a: Sample[];
  b: Sample[];
}

/** `runs` counted runs of each, after `warmup` uncounted ones, A and B in turn. */
export function compare(a: Command, b: Command | undefined, runs: number, warmup = 1): Comparison {
  for (let i = 0; i < warmup; i++) {
    runOnce(a);
    if (b) runOnce(b);
  }
  const result: Comparison = { a: [], b: [] };
  for (let i = 0; i < runs; i++) {
    result.a.push(runOnce(a));
    if (b) result.b.push(runOnce(b));
  }
  return result;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(values: number[], digits: number, unit: string): string {
  const sorted = [...values].sort((x, y) => x - y);
  return `median ${median(values).toFixed(digits)} ${unit} (min ${sorted[0]!.toFixed(digits)}, max ${sorted.at(-1)!.toFixed(digits)})`;
}

/** One line per figure of a command's samples. */
export function describeSamples(label: string, samples: Sample[]): string {
  const lines = [`${label}: ${samples.length} runs, exit ${[...new Set(samples.map((s) => s.status))].join('/')}`];
  lines.push(`    wall ${spread(samples.map((s) => s.wallMs), 0, 'ms')}`);
  const cpu = samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined);
  if (cpu.length === samples.length) lines.push(`    cpu  ${spread(cpu, 0, 'ms')}`);
  const peak = samples.map((s) => s.peakMiB).filter((v): v is number => v !== undefined);
  if (peak.length === samples.length) lines.push(`    peak ${spread(peak, 1, 'MiB')}`);
  return lines.join('\n');
}

/** The median of the pair-by-pair ratios A/B of a figure. */
export function pairedRatio(comparison: Comparison, figure: (s: Sample) => number | undefined): number | undefined {
  const ratios: number[] = [];
  comparison.a.forEach((a, i) => {
    const x = figure(a);
    const y = comparison.b[i] ? figure(comparison.b[i]!) : undefined;
    if (x !== undefined && y !== undefined && y > 0) ratios.push(x / y);
  });
  return ratios.length > 0 ? median(ratios) : undefined;
}

/** `  target: <what>: met|missed`, the figure beside it. */
export function target(what: string, figure: number, isMet: boolean, unit = ''): string {
  return `  target ${what}: ${figure.toFixed(unit === 'x' ? 3 : 0)}${unit} -> ${isMet ? 'met' : 'MISSED'}`;
}
