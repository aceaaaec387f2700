/**
 * The published package, as a consumer gets it: `npm pack` (which compiles dist/ in prepack),
 * install the tarball into a fresh ESM project with `strict` and NodeNext resolution, then
 * type-check and run code that imports the package's exports, and run its command line.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const packageName = 'customer-insights-connector';
const setupTimeoutMs = 120_000;
// Generous: the machines have two cores and the whole suite runs beside this file.
const testTimeoutMs = 60_000;

let work = '';
let consumer = '';

/** Runs a command; on failure the error carries its stdout and stderr, which vitest prints. */
async function sh(file: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return run(file, args, { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'insights-pack-'));
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', work], repo);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  consumer = path.join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'insights-consumer', private: true, type: 'module' }, null, 2),
  );
  // `types: []`: no ambient @types packages (dependencies pull in @types/node), which shows the
  // declarations need nothing Node-specific and keeps the check to ~2 s instead of ~15 s.
  // skipLibCheck stays off, so the package's own .d.ts files are checked too.
  await writeFile(
    path.join(consumer, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, types: [] },
        include: ['consumer.ts'],
      },
      null,
      2,
    ),
  );
  // The dependencies are already in the npm cache; the registry is only asked when one is not.
  await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, filename)], consumer);
}, setupTimeoutMs);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('type-checks in a strict NodeNext consumer, with its exports and named types', async () => {
    await writeFile(
      path.join(consumer, 'consumer.ts'),
      `import { createClient, throttlingPolicies } from '${packageName}';
import type {
  components, DataSource, DataSourcesList, FullRefreshProcessData, MeasureData, operations, PartitionDataResponse,
  PartitionListResponse, paths, ProcessData, SegmentData, Table, TablesList,
} from '${packageName}';

const client = createClient({ baseUrl: 'https://ci.example', token: async () => 'token' });
const policy: { name: string; calls: number; renewalPeriodSeconds: number } | undefined = throttlingPolicies[0];
const threshold: number | undefined = ({} as MeasureData).Threshold;
type Named = [DataSource, DataSourcesList, FullRefreshProcessData, PartitionDataResponse, PartitionListResponse,
  ProcessData, SegmentData, Table, TablesList, components['schemas']['DataSet'], operations['GetItems'], paths['/datasets']];

export async function count(): Promise<number | string> {
  const { data, error } = await client.GET('/datasets/{dataset}/tables/{table}/items', {
    params: { path: { dataset: 'ds', table: 'Customer' }, query: { $top: 10 } },
  });
  if (error) return error.error.message;
  const all = await client.getAllItems({ dataset: 'ds', table: 'Customer' });
  return data.value.length + (all.data?.length ?? 0) + (policy?.calls ?? 0) + (threshold ?? 0);
}
export type { Named };

// @ts-expect-error -- the package exports no such name
import { createPacer } from '${packageName}';
void createPacer;
`,
    );
    const tsc = path.join(repo, 'node_modules', '.bin', 'tsc');
    await expect(sh(tsc, ['-p', consumer], consumer)).resolves.toMatchObject({ stdout: '' });
  }, testTimeoutMs);

  it('imports at run time as ESM and exposes throttlingPolicies and a working createClient', async () => {
    await writeFile(
      path.join(consumer, 'consumer.mjs'),
      `import { createClient, throttlingPolicies } from '${packageName}';
const client = createClient({ baseUrl: 'https://ci.example', token: 'token' });
console.log(JSON.stringify({ throttlingPolicies, methods: [typeof client.GET, typeof client.POST, typeof client.getAllItems] }));
`,
    );
    const { stdout } = await sh(process.execPath, ['consumer.mjs'], consumer);
    expect(JSON.parse(stdout)).toEqual({
      throttlingPolicies: JSON.parse(JSON.stringify(throttlingPolicies)),
      methods: ['function', 'function', 'function'],
    });
  }, testTimeoutMs);

  it('ships the command line: the installed bin validates the shipped connector', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    // From the package's own folder: settings.json names its files relative to where paconn runs.
    const installed = path.join(consumer, 'node_modules', packageName);
    const { stdout } = await sh(bin, ['validate', 'generated', '--format', 'json'], installed);
    const report = JSON.parse(stdout) as { files: unknown[]; summary: { errors: number } };
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.summary.errors).toBe(0);
  }, testTimeoutMs);

  it('lists its commands without loading them, and explains what build needs outside the repository', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    const help = await sh(bin, ['--help'], consumer);
    expect(help.stdout).toMatch(/^\s+build\s/m);
    const build = await sh(bin, ['build', '--out', 'out'], consumer).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/needs the package '[^']+', a development dependency/);
  }, testTimeoutMs);
});
