import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { swagger } from './testing.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => path.join(here, 'fixtures', name);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'validate-cli-'));
  mkdirSync(path.join(dir, 'bad'));
  writeFileSync(
    path.join(dir, 'bad', 'apiDefinition.swagger.json'),
    JSON.stringify(swagger({ '/items': { get: { operationId: 'GetItems', summary: 'Get items.', description: 'Gets items.', responses: { '200': { description: 'OK' } } } } }), null, 2),
  );
  writeFileSync(path.join(dir, 'bad', 'apiProperties.json'), JSON.stringify({ properties: { iconBrandColor: 'blue' } }, null, 2));
  writeFileSync(path.join(dir, 'broken.json'), '{\n  "swagger": "2.0",\n  oops\n}');
  writeFileSync(path.join(dir, 'swagger.yaml'), 'swagger: "2.0"\ninfo:\n  title: Contoso\n  version: "1.0"\n  description: Manage Contoso tasks from your flows and apps.\npaths: {}\n');
  writeFileSync(path.join(dir, 'package.json'), '{"name": "not-a-connector"}');
  mkdirSync(path.join(dir, 'empty'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(['validate', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('insights-connector validate', () => {
  it('exits 0 for a clean connector folder', async () => {
    const { code, stdout } = await run(fixture('webhook'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Found 0 errors, 0 warnings and 0 infos in 2 files\./);
  });

  it('exits 1 with tsc-style lines when a connector has errors', async () => {
    const { code, stdout } = await run(path.join(dir, 'bad'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/apiProperties\.json:3:5 - error api-properties-brand-color: /);
    expect(stdout).toMatch(/apiDefinition\.swagger\.json:\d+:\d+ - warning summary-trailing-punctuation: /);
  });

  it('prints the JSON contract and validates many paths in one run', async () => {
    const { code, stdout } = await run(path.join(dir, 'bad'), fixture('polling'), '--format', 'json');
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout);
    expect(parsed.files).toHaveLength(4);
    expect(parsed.summary.errors).toBeGreaterThan(0);
  });

  it('groups single files from one folder, so cross-file rules still run', async () => {
    const props = path.join(dir, 'pair', 'apiProperties.json');
    mkdirSync(path.dirname(props), { recursive: true });
    writeFileSync(path.join(dir, 'pair', 'apiDefinition.swagger.json'), JSON.stringify(swagger()));
    writeFileSync(props, JSON.stringify({ properties: { iconBrandColor: '#3a6ea5', policyTemplateInstances: [{ templateId: 'routerequesttoendpoint', title: 'Route', parameters: { 'x-ms-apimTemplate-operationName': ['Nope'], 'x-ms-apimTemplateParameter.newPath': '/x' } }] } }));
    const { stdout } = await run(path.join(dir, 'pair', 'apiDefinition.swagger.json'), props);
    expect(stdout).toMatch(/policy-template-operations: 'Nope' is not an operationId in the swagger/);
  });

  it('checks the files settings.json names against the current directory, and says so', async () => {
    const settings = path.join(dir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ apiDefinition: 'no/such/apiDefinition.swagger.json' }));
    const { code, stdout } = await run(settings);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`settings-file-exists: apiDefinition 'no/such/apiDefinition\\.swagger\\.json' does not exist relative to ${process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, where this run resolves settings paths`));
  });

  it('resolves the paths of a settings.json in a validated folder from that folder, and names it', async () => {
    const folder = path.join(dir, 'with-settings');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger()));
    writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({ apiDefinition: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' }));
    const { stdout } = await run(folder, '--format', 'json');
    const messages = JSON.parse(stdout).files.flatMap((f: { diagnostics: { code: string; message: string }[] }) => f.diagnostics.filter((d) => d.code === 'settings-file-exists').map((d) => d.message));
    // The swagger beside settings.json is found; the missing apiProperties is reported against the folder.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`apiProperties 'apiProperties.json' does not exist relative to ${folder}`);
  });

  it('applies the certification profile', async () => {
    const { code, stdout } = await run(fixture('webhook'), '--profile', 'certification', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[1].diagnostics.map((d: { code: string }) => d.code)).toContain('api-properties-publisher');
  });

  it('prints SARIF', async () => {
    const { stdout } = await run(path.join(dir, 'bad'), '--format', 'sarif');
    expect(JSON.parse(stdout).version).toBe('2.1.0');
  });

  it('reads a single YAML swagger', async () => {
    const { code, stdout } = await run(path.join(dir, 'swagger.yaml'), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0].file).toMatch(/swagger\.yaml$/);
  });

  it('reports non-JSON input as a parse-error finding with its position and exits 1, without a stack trace', async () => {
    const { code, stdout, stderr } = await run(path.join(dir, 'broken.json'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.json:3:3 - error parse-error: Expected a property name/);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a missing file', ['nope.json'], /unreadable-file: Cannot read nope\.json: no such file/],
    ['a file that is no connector file', ['package.json'], /unknown-file-kind/],
  ])('exits 2 for %s', async (_name, args, message) => {
    const { code, stdout } = await run(...args.map((a) => (a === 'nope.json' ? a : path.join(dir, a))));
    expect(code).toBe(2);
    expect(stdout).toMatch(message);
  });

  it.each([
    ['no paths', []],
    ['an unknown profile', ['x.json', '--profile', 'strict']],
    ['an unknown format', ['x.json', '--format', 'xml']],
    ['an unknown option', ['x.json', '--fix']],
  ])('exits 2 with usage for %s', async (_name, args) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: insights-connector validate/);
  });

  it('reports an unreadable connector file inside a folder', async () => {
    mkdirSync(path.join(dir, 'folder-broken'));
    writeFileSync(path.join(dir, 'folder-broken', 'contoso.swagger.json'), '{ "swagger": ');
    const { code, stdout } = await run(path.join(dir, 'folder-broken'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/contoso\.swagger\.json:1:14 - error parse-error/);
  });

  it('keeps validating the other files after one that is not JSON; json output is the document alone, stderr names the file', async () => {
    const good = path.join(dir, 'after-broken');
    mkdirSync(good, { recursive: true });
    writeFileSync(path.join(good, 'apiDefinition.swagger.json'), JSON.stringify(swagger()));
    const { code, stdout, stderr } = await run(path.join(dir, 'broken.json'), good, '--format', 'json');
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout);
    expect(parsed.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['broken.json', 'apiDefinition.swagger.json']);
    expect(parsed.files[0].diagnostics[0]).toMatchObject({ code: 'parse-error', line: 3, column: 3 });
    for (const line of stderr.trim().split('\n')) expect(line).toContain('broken.json');
  });

  it('exits 2 for a folder without connector files', async () => {
    const { code, stderr } = await run(path.join(dir, 'empty'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/contains no swagger, apiProperties or settings file/);
  });
});
