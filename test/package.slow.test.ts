/**
 * The published package, as a consumer gets it: `npm pack` (which compiles dist/ in prepack),
 * install the tarball into a fresh ESM project with `strict` and NodeNext resolution, then
 * type-check and run code that imports the package's exports, run its command line, and weigh
 * what a consumer of the typed client installs.
 *
 * Packing (tsc for the declarations, the bundle) and installing cost tens of seconds of CPU when the
 * sources changed, so this runs under `npm run test:slow` (CI runs it once). The installed consumer
 * is kept in the system's temporary folder (outside the repository, whose node_modules it must not
 * see), keyed by a hash of everything that goes into the tarball: a run with unchanged sources
 * reuses it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const packageName = 'customer-insights-connector';
const setupTimeoutMs = 120_000;
// Generous: the machines have two cores and the whole suite runs beside this file.
const testTimeoutMs = 60_000;
/** What a project that imports only the typed client may install: openapi-fetch and its dependencies. */
const CLIENT_ONLY_PACKAGES = 10;
const CLIENT_ONLY_BYTES = 5 * 1024 * 1024;

let consumer = '';

/** Runs a command; on failure the error carries its stdout and stderr, which vitest prints. */
async function sh(file: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return run(file, args, { cwd, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** Every file that can change the tarball (tests aside, which it leaves out), for the cache key. */
const PACKED_INPUTS = ['bin', 'scripts', 'connector', 'mocks', 'client', 'gateway', 'generated', 'index.ts', 'README.md', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

async function filesUnder(entry: string): Promise<string[]> {
  const full = path.join(repo, entry);
  const info = await stat(full).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [entry];
  const files: string[] = [];
  for (const name of (await readdir(full)).sort()) {
    if (/\.test(-d)?\.ts$/.test(name)) continue;
    files.push(...(await filesUnder(path.join(entry, name))));
  }
  return files;
}

async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of PACKED_INPUTS) {
    for (const file of await filesUnder(entry)) hash.update(`${file}\0`).update(await readFile(path.join(repo, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Packs the repository and installs the tarball into a fresh consumer project in `dir`. */
async function packAndInstall(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', dir], repo);
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const project = path.join(dir, 'consumer');
  await mkdir(project);
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'insights-consumer', private: true, type: 'module' }, null, 2),
  );
  // `types: []`: no ambient @types packages, which shows the declarations need nothing
  // Node-specific and keeps the check to ~2 s instead of ~15 s. skipLibCheck stays off, so the
  // package's own .d.ts files are checked too.
  await writeFile(
    path.join(project, 'tsconfig.json'),
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
  await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(dir, filename)], project);
}

beforeAll(async () => {
  const cache = path.join(tmpdir(), 'insights-connector-package-test');
  await mkdir(cache, { recursive: true });
  const ready = path.join(cache, await inputsHash());
  consumer = path.join(ready, 'consumer');
  if (existsSync(path.join(ready, 'installed'))) return;
  // Built aside and renamed into place, so a concurrent run never sees half an install.
  const staging = `${ready}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await packAndInstall(staging);
  await writeFile(path.join(staging, 'installed'), '');
  await rename(staging, ready).catch(async () => rm(staging, { recursive: true, force: true }));
  // Keep the newest install only (older keys are never asked for again).
  for (const name of await readdir(cache)) {
    if (path.join(cache, name) !== ready && !name.includes('.')) await rm(path.join(cache, name), { recursive: true, force: true });
  }
}, setupTimeoutMs);

/** The packages installed in a node_modules folder (scoped ones as @scope/name), nested ones too. */
async function installedPackages(modules: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(modules).catch(() => [] as string[])) {
    if (entry.startsWith('.')) continue;
    const scoped = entry.startsWith('@') ? (await readdir(path.join(modules, entry))).map((n) => `${entry}/${n}`) : [entry];
    for (const name of scoped) {
      names.push(name);
      names.push(...(await installedPackages(path.join(modules, name, 'node_modules'))));
    }
  }
  return names;
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await bytesUnder(full) : entry.isFile() ? (await stat(full)).size : 0;
  }
  return total;
}

describe('the packed package', () => {
  it('installs lean for a typed-client consumer: openapi-fetch and its dependencies only, within 10 packages and 5 MB', async () => {
    const modules = path.join(consumer, 'node_modules');
    const installed = await installedPackages(modules);
    // openapi-fetch's own dependency closure, read from what was installed.
    const allowed = new Set<string>();
    const queue = ['openapi-fetch'];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (allowed.has(name)) continue;
      allowed.add(name);
      const manifest = JSON.parse(await readFile(path.join(modules, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      queue.push(...Object.keys(manifest.dependencies ?? {}));
    }
    expect(installed.filter((name) => name !== packageName && !allowed.has(name))).toEqual([]);
    expect(installed.length).toBeLessThanOrEqual(CLIENT_ONLY_PACKAGES);
    expect(await bytesUnder(modules)).toBeLessThanOrEqual(CLIENT_ONLY_BYTES);
  }, testTimeoutMs);

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

  it('exports the authoring kit as ./kit: a connector written with it type-checks strictly and assembles at run time', async () => {
    const source = `import { assemble, defineAction, defineDefinition, ref } from '${packageName}/kit';
import type { ApiProperties, Document } from '${packageName}/kit';

const Pet = defineDefinition('Pet', { type: 'object', properties: { name: { type: 'string' } } });
const GetPet = defineAction({
  method: 'get', path: '/pets/{id}', operationId: 'GetPet', summary: 'Get a pet', description: 'Reads one pet.',
  parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
  responses: { '200': { description: 'OK', schema: ref(Pet) } },
});
const apiProperties: ApiProperties = { properties: { connectionParameters: {}, iconBrandColor: '#123456', capabilities: ['actions'] } };
const connector = assemble({
  document: { swagger: '2.0', info: { title: 'Pets', description: 'Pets.', version: '1.0' }, host: 'pets.example', basePath: '/', schemes: ['https'], consumes: [], produces: [] },
  operations: [GetPet], definitions: [Pet], apiProperties, throttlingPolicies: [],
});
const document: Document = connector.document;
// @ts-expect-error -- x-ms-url-encoding is refused on a query parameter
defineAction({ method: 'get', path: '/x', operationId: 'X', summary: 'X', description: 'X.', parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }], responses: {} });
console.log(JSON.stringify(document.paths['/pets/{id}']?.get?.responses['200']));
`;
    await writeFile(path.join(consumer, 'kit-consumer.ts'), source);
    await writeFile(
      path.join(consumer, 'tsconfig.kit.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: false, outDir: 'kit-out' }, include: ['kit-consumer.ts'] }),
    );
    const tsc = path.join(repo, 'node_modules', '.bin', 'tsc');
    await expect(sh(tsc, ['-p', 'tsconfig.kit.json'], consumer)).resolves.toMatchObject({ stdout: '' });
    const { stdout } = await sh(process.execPath, [path.join('kit-out', 'kit-consumer.js')], consumer);
    expect(JSON.parse(stdout)).toEqual({ description: 'OK', schema: { $ref: '#/definitions/Pet' } });
  }, testTimeoutMs);

  it('exports test support as ./testing: the contract harness and the connector builders type-check and run on the client-only install', async () => {
    const source = `import { ContractValidator, op, smallConnector } from '${packageName}/testing';
import type { ResponseUnderTest } from '${packageName}/testing';

const { swagger } = smallConnector({ paths: { '/items': { get: op() } } });
const validator = new ContractValidator(swagger);
const answer = (body: unknown): ResponseUnderTest => ({ method: 'GET', url: 'https://api.contoso.com/v1/items', status: 200, headers: new Headers(), body: JSON.stringify(body) });
console.log(JSON.stringify({ operations: validator.operationIds(), good: validator.validateResponse(answer({ id: 'a' })), bad: validator.validateResponse(answer({ id: 1 })) }));
`;
    await writeFile(path.join(consumer, 'testing-consumer.ts'), source);
    await writeFile(
      path.join(consumer, 'tsconfig.testing.json'),
      JSON.stringify({ extends: './tsconfig.json', compilerOptions: { noEmit: false, outDir: 'testing-out', lib: ['es2023', 'dom'] }, include: ['testing-consumer.ts'] }),
    );
    const tsc = path.join(repo, 'node_modules', '.bin', 'tsc');
    await expect(sh(tsc, ['-p', 'tsconfig.testing.json'], consumer)).resolves.toMatchObject({ stdout: '' });
    // Run on the install above, which holds only openapi-fetch's closure: ajv is inside the bundle.
    const { stdout } = await sh(process.execPath, [path.join('testing-out', 'testing-consumer.js')], consumer);
    expect(JSON.parse(stdout)).toEqual({ operations: ['GetItem'], good: [], bad: ['body/id must be string'] });
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

  it('builds a connector written with the installed kit, outside the package: JavaScript always, TypeScript where Node or tsx runs it', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    const dir = path.join(consumer, 'pets');
    await mkdir(dir, { recursive: true });
    const source = `import { assemble, defineAction } from '${packageName}/kit';
const GetPet = defineAction({ method: 'get', path: '/pets', operationId: 'ListPets', summary: 'List the pets', description: 'Lists every pet.', responses: { '200': { description: 'OK' } } });
export default () => assemble({
  document: { swagger: '2.0', info: { title: 'Pets', description: 'Lists the pets of a pet store, one call each.', version: '1.0', contact: { name: 'Pets' } }, host: 'pets.example.com', basePath: '/', schemes: ['https'], consumes: [], produces: ['application/json'] },
  operations: [GetPet], definitions: [], throttlingPolicies: [],
  apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#336699', capabilities: ['actions'] } },
});
`;
    await writeFile(path.join(dir, 'index.mjs'), source);
    await writeFile(path.join(dir, 'index.mts'), source);
    const js = await sh(bin, ['build', '--definition', 'pets/index.mjs', '--out', 'pets-out'], consumer);
    expect(js.stdout).toMatch(/Built Pets \(custom profile\): 1 operations/);
    expect(JSON.parse(await readFile(path.join(consumer, 'pets-out', 'apiDefinition.swagger.json'), 'utf8')).paths['/pets'].get.operationId).toBe('ListPets');
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const stripsTypes = major > 22 || (major === 22 && minor >= 18);
    const ts = await sh(bin, ['build', '--definition', 'pets/index.mts', '--out', 'pets-out'], consumer).then(
      (r) => ({ code: 0, ...r }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    if (stripsTypes) expect(ts.code, ts.stderr).toBe(0);
    else {
      expect(ts.code).toBe(2);
      expect(ts.stderr).toMatch(/cannot run TypeScript itself; install the package 'tsx'/);
    }
  }, testTimeoutMs);

  it('builds a definition in a folder where the package is not installed, with the kit of the bin that builds it', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    // Outside the consumer project: no node_modules anywhere above it.
    const dir = path.join(tmpdir(), `insights-connector-elsewhere-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    try {
      await writeFile(
        path.join(dir, 'index.mjs'),
        `import { assemble, defineAction } from '${packageName}/kit';
const ListPets = defineAction({ method: 'get', path: '/pets', operationId: 'ListPets', summary: 'List the pets', description: 'Lists every pet.', responses: { '200': { description: 'OK' } } });
export default () => assemble({
  document: { swagger: '2.0', info: { title: 'Pets', description: 'Lists the pets of a pet store, one call each.', version: '1.0', contact: { name: 'Pets' } }, host: 'pets.example.com', basePath: '/', schemes: ['https'], consumes: [], produces: ['application/json'] },
  operations: [ListPets], definitions: [], throttlingPolicies: [],
  apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#336699', capabilities: ['actions'] } },
});
`,
      );
      const built = await sh(bin, ['build', '--definition', 'index.mjs', '--out', 'out'], dir);
      expect(built.stdout).toMatch(/Built Pets \(custom profile\): 1 operations/);
      expect(JSON.parse(await readFile(path.join(dir, 'out', 'apiDefinition.swagger.json'), 'utf8')).paths['/pets'].get.operationId).toBe('ListPets');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, testTimeoutMs);

  it('imports a connector into a project on the installed kit, which builds back to the same swagger where Node runs TypeScript', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    const fixture = path.join(repo, 'scripts/import/fixtures/dynamic');
    await rm(path.join(consumer, 'imported'), { recursive: true, force: true });
    const imported = await sh(bin, ['import', fixture, '--out', 'imported'], consumer);
    expect(imported.stdout).toMatch(/Imported into imported\/: \d+ files, 0 finding\(s\)/);
    expect(await readFile(path.join(consumer, 'imported/index.ts'), 'utf8')).toContain(`from '${packageName}/kit';`);
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major > 22 || (major === 22 && minor >= 18)) {
      await sh(bin, ['build', '--definition', 'imported/index.ts', '--out', 'imported-out'], consumer);
      const built = JSON.parse(await readFile(path.join(consumer, 'imported-out/apiDefinition.swagger.json'), 'utf8'));
      const original = JSON.parse(await readFile(path.join(fixture, 'apiDefinition.swagger.json'), 'utf8'));
      expect(Object.keys(built.paths).sort()).toEqual(Object.keys(original.paths).sort());
    }
  }, testTimeoutMs);

  it('lists its commands without loading them, and builds its own connector without the type generator', async () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'insights-connector');
    const help = await sh(bin, ['--help'], consumer);
    expect(help.stdout).toMatch(/^\s+build\s/m);
    // Without the type generator (development dependencies) it builds everything else and says so.
    const build = await sh(bin, ['build', '--out', 'out'], consumer);
    expect(build.stderr).toMatch(/note: types\.ts not written: the type generator needs '[^']+'/);
    expect(await readFile(path.join(consumer, 'out', 'apiDefinition.swagger.json'), 'utf8')).toBe(
      await readFile(path.join(repo, 'generated', 'apiDefinition.swagger.json'), 'utf8'),
    );
    expect(existsSync(path.join(consumer, 'out', 'types.ts'))).toBe(false);
  }, testTimeoutMs);
});
