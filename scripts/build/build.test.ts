import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { customerInsightsConnector } from '../../connector/index.js';
import { main } from '../cli/main.js';
import { buildPackage } from './build.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/insights-connector.mjs');

/**
 * `insights-connector ...args` run in this process (as the bin does) from the repository root, its
 * output captured: the command's logic without a process start per case.
 */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    expect(process.cwd()).toBe(ROOT);
    return { code: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The same through the bin script, as a process: the smoke test of the command line. */
async function processCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The line of `needle` in a file of this repo, so tests do not hard-code line numbers. */
async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'insights-build-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('buildPackage', () => {
  // One full build (types generated, not reused) serves the checks below; the type generation is
  // what costs, so the suite pays for it twice only, here.
  let fresh: Awaited<ReturnType<typeof buildPackage>>;
  beforeAll(async () => {
    fresh = await buildPackage(customerInsightsConnector(), { settingsFolder: 'generated' });
  }, 60_000);

  it('produces the same bytes every time', async () => {
    const second = await buildPackage(customerInsightsConnector(), { settingsFolder: 'generated' });
    expect([...fresh.files.keys()]).toEqual([...second.files.keys()]);
    for (const [name, content] of fresh.files) expect(second.files.get(name)?.equals(content), name).toBe(true);
  });

  it('matches the committed generated/ folder byte for byte', async () => {
    const { files } = fresh;
    expect(files.size).toBeGreaterThan(0);
    for (const [name, content] of files) {
      const committed = await readFile(path.join(ROOT, 'generated', name));
      expect(committed.equals(content), `generated/${name} is stale: run npm run build`).toBe(true);
    }
  });

  it('has no errors and no warnings on our connector', () => {
    const { reports } = fresh;
    expect(reports.flatMap((r) => r.diagnostics).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('emits strict ASCII JSON with LF line ends and a trailing newline, under 1 MB', () => {
    const { files } = fresh;
    for (const name of ['apiDefinition.swagger.json', 'apiProperties.json', 'settings.json']) {
      const text = files.get(name)!.toString('utf8');
      expect(text.charCodeAt(0), name).not.toBe(0xfeff);
      expect(text).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).not.toContain('\r');
      expect(JSON.parse(text)).toBeTypeOf('object');
    }
    expect(files.get('apiDefinition.swagger.json')!.length).toBeLessThan(1024 * 1024);
  });
});

describe('insights-connector build', { timeout: 60_000 }, () => {
  it('writes the whole package into --out as a process, with settings.json paths relative to where paconn runs', async () => {
    const out = path.join(temp, 'ok');
    // The types of an unchanged definition are reused, as in a clone's warm build: the process
    // does not load TypeScript (the in-process cases below generate them).
    await mkdir(out, { recursive: true });
    await cp(path.join(ROOT, 'generated', 'types.ts'), path.join(out, 'types.ts'));
    const result = await processCli(['build', '--out', path.relative(ROOT, out)]);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(
      ['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'logic-apps', 'settings.json', 'types.ts'].sort(),
    );
    const settings = JSON.parse(await readFile(path.join(out, 'settings.json'), 'utf8')) as Record<string, string>;
    const folder = path.relative(ROOT, out).split(path.sep).join('/');
    expect(settings.apiDefinition).toBe(`${folder}/apiDefinition.swagger.json`);
    expect(settings).not.toHaveProperty('environment');
    expect(result.stdout).toMatch(/Built Dynamics 365 Customer Insights \(custom profile\)/);
  });

  it('writes deploy-time values to the --settings file, never into the output folder, and refuses malformed ones', async () => {
    const out = path.join(temp, 'deploy');
    const settingsFile = path.join(temp, 'deploy-settings', 'settings.json');
    const environment = 'Default-11111111-2222-3333-4444-555555555555';
    const clientId = '12345678-aaaa-bbbb-cccc-1234567890ab';
    const args = ['build', '--out', out, '--settings', settingsFile, '--environment', environment, '--connector-id', 'shared_insights-5f0123'];
    const ok = await cli([...args, '--client-id', clientId]);
    expect(ok.code, ok.stderr).toBe(0);
    const committed = await readFile(path.join(out, 'settings.json'), 'utf8');
    expect(committed).not.toContain(environment);
    expect(await readFile(path.join(out, 'apiProperties.json'), 'utf8')).not.toContain(clientId);
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, string>;
    expect(settings.environment).toBe(environment);
    expect(settings.connectorId).toBe('shared_insights-5f0123');
    expect(settings.apiDefinition).toBe(`${path.relative(ROOT, out)}/apiDefinition.swagger.json`);
    const deployProperties = JSON.parse(await readFile(path.join(ROOT, settings.apiProperties!), 'utf8'));
    expect(deployProperties.properties.connectionParameters.token.oAuthSettings.clientId).toBe(clientId);
    // paconn create wrote the connector id back; a later deploy build keeps it.
    const again = await cli(['build', '--out', out, '--settings', settingsFile, '--environment', environment]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(await readFile(settingsFile, 'utf8')).connectorId).toBe('shared_insights-5f0123');
    const bad = await cli(['build', '--out', out, '--environment', 'my environment']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--environment must be an environment id/);
    const badClient = await cli(['build', '--out', out, '--client-id', 'my-app']);
    expect(badClient.code).toBe(2);
    expect(badClient.stderr).toMatch(/--client-id must be an application \(client\) id/);
    // The output folder never saw them: --check passes even with the deploy step's variables set,
    // and refuses only deploy-time flags.
    process.env.CONNECTOR_ENVIRONMENT = environment;
    try {
      const check = await cli(['build', '--out', out, '--check']);
      expect(check.code, check.stderr).toBe(0);
    } finally {
      delete process.env.CONNECTOR_ENVIRONMENT;
    }
    expect((await cli(['build', '--out', out, '--check', '--environment', environment])).code).toBe(2);
    const unwritable = await cli(['build', '--out', out, '--environment', environment, '--settings', temp]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*: EISDIR/);
  });

  it('refuses a certification build without the publisher contact email, naming the flag before any other output', async () => {
    const result = await cli(['build', '--profile', 'certification', '--out', path.join(temp, 'cert-no-email')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^insights-connector build: the certification profile needs .* pass --contact-email ADDRESS/);
  });

  it('builds for certification with stackOwner and no warnings, and keeps stackOwner out of the default build', async () => {
    const out = path.join(temp, 'cert');
    const result = await cli(['build', '--profile', 'certification', '--contact-email', 'support@example.com', '--out', out]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 warning\(s\)/);
    const props = JSON.parse(await readFile(path.join(out, 'apiProperties.json'), 'utf8'));
    expect(props.properties.stackOwner).toBe('Microsoft');
    const custom = JSON.parse(await readFile(path.join(ROOT, 'generated/apiProperties.json'), 'utf8'));
    expect(custom.properties).not.toHaveProperty('stackOwner');
  });

  it.each([
    {
      fixture: 'duplicate-operation-id.ts',
      needle: 'const GetThings = defineAction',
      code: 'operation-id-unique',
      pointer: '/paths/~1things/get/operationId',
    },
    {
      fixture: 'missing-path-parameter.ts',
      needle: 'const GetThing = defineAction',
      code: 'path-parameter',
      pointer: '/paths/~1things~1{thingId}/get',
    },
  ])('refuses $fixture, naming the TypeScript line and the pointer, and writes nothing', async ({ fixture, needle, code, pointer }) => {
    const out = path.join(temp, `broken-${fixture}`);
    await cp(path.join(ROOT, 'generated'), out, { recursive: true });
    await writeFile(path.join(out, 'marker.txt'), 'left alone');
    const before = await snapshot(out);
    const file = `test/fixtures/broken-connectors/${fixture}`;
    const result = await cli(['build', '--definition', file, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:${await lineOf(file, needle)} - error ${code}`);
    expect(result.stderr).toContain(pointer);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(await snapshot(out)).toEqual(before);
  });

  it('--check passes on a fresh build and names the stale file otherwise', async () => {
    const out = path.join(temp, 'check');
    expect((await cli(['build', '--out', out])).code).toBe(0);
    const fresh = await cli(['build', '--out', out, '--check']);
    expect(fresh.code, fresh.stderr).toBe(0);
    await writeFile(path.join(out, 'apiProperties.json'), '{}\n');
    const stale = await cli(['build', '--out', out, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/stale.*apiProperties\.json/);
  });

  it('answers bad arguments with exit 2 and the usage line', async () => {
    const result = await cli(['build', '--profile', 'gold']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--profile must be one of custom, certification/);
    expect(result.stderr).toMatch(/usage: insights-connector build/);
  });
});

/** Every file under `dir` (subfolders too), by relative path, as base64. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = (await readFile(file)).toString('base64');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
