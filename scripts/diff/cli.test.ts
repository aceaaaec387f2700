/**
 * The `diff` command end to end: arguments, files, output, exit codes. The cases run the command in
 * this process (as the bin does, with its output captured); one smoke test goes through the bin script.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { baseConnector, changed } from './test-helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work: string;
let cwd: string;

/** `insights-connector diff ...args` run in this process from the work folder, its output captured. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const status = await main(['diff', ...args]);
    return { status, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  writeFileSync(path.join(work, file), text);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'diff-cli-'));
  // Paths in the output are relative to where the command runs.
  cwd = process.cwd();
  process.chdir(work);
  const v1 = baseConnector();
  write('v1/apiDefinition.swagger.json', JSON.stringify(v1.swagger, null, 2));
  write('v1/apiProperties.json', JSON.stringify(v1.apiProperties, null, 2));
  const v2 = changed((c) => {
    c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'internal';
    c.swagger.paths['/items'].post.parameters[0].schema.properties.note = { type: 'string' };
  });
  // YAML, and a file name in another case: both must be found.
  write('v2/APIDefinition.Swagger.yaml', dump(v2.swagger));
  write('v2/ApiProperties.json', JSON.stringify(v2.apiProperties, null, 2));
  const safe = changed((c) => (c.swagger.paths['/items/{id}'].get.summary = 'Get an item'));
  write('safe.json', JSON.stringify(safe.swagger));
  write('broken.json', '{ "swagger": "2.0", "paths": { ');
  write('props-only.json', JSON.stringify(v1.apiProperties));
  write('empty/readme.md', 'no connector here');
}, 30_000);

afterAll(() => {
  process.chdir(cwd);
  rmSync(work, { recursive: true, force: true });
});

describe('insights-connector diff', () => {
  it('exits 0 and says so when nothing changed', async () => {
    const result = await run('v1', 'v1');
    expect(result).toMatchObject({ status: 0, stdout: 'No changes.\n' });
  });

  it('exits 0 when only safe changes were made, file against file', async () => {
    const result = await run('v1/apiDefinition.swagger.json', 'safe.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('safe.json:');
    expect(result.stdout).toContain('non-breaking description-changed (GetItem)');
    expect(result.stdout).toContain('Found 0 breaking changes and 1 non-breaking change.');
  });

  it('exits 1 on a breaking change, with file:line:column and an advice line', async () => {
    const result = await run('v1', 'v2');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^v2[\\/]APIDefinition\.Swagger\.yaml:\d+:\d+ - breaking operation-hidden \(GetItem\): The operation 'GetItem' has been hidden/);
    expect(lines[1]).toMatch(/^ {4}advice: Keep 'GetItem' visible/);
    expect(result.stdout).toContain('non-breaking optional-input-added (CreateItem)');
    expect(result.stdout).toContain('Found 1 breaking change and 1 non-breaking change.');
  });

  it('prints the JSON contract with --format json', async () => {
    const result = await run('v1', 'v2', '--format', 'json');
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.summary).toEqual({ breaking: 1, nonBreaking: 1 });
    expect(output.changes[0]).toMatchObject({
      code: 'operation-hidden',
      severity: 'breaking',
      message: expect.stringContaining('hidden'),
      pointer: '/paths/~1items~1{id}/get/x-ms-visibility',
      operationId: 'GetItem',
      side: 'new',
      advice: expect.stringContaining('"revision": 2'),
      line: expect.any(Number),
    });
    expect(output.changes[1]).not.toHaveProperty('advice');
  });

  it('says on stderr which operations it could not compare, at their place, and leaves stdout to the contract', async () => {
    write('no-ids.json', JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: {} } } } }, null, 2));
    write(
      'repeated-id.json',
      JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { operationId: 'A', responses: {} } }, '/b': { post: { operationId: 'A', responses: {} } } } }, null, 2),
    );
    const text = await run('no-ids.json', 'repeated-id.json');
    expect(text.stderr.split('\n')).toEqual([
      expect.stringMatching(/^insights-connector diff: no-ids\.json:9:7: GET \/a has no operationId; flows name operations by it, so this one is not compared$/),
      expect.stringMatching(/^insights-connector diff: repeated-id\.json:15:7: POST \/b repeats the operationId 'A' of GET \/a; only that first one is compared$/),
      '',
    ]);
    expect(text.stdout).toContain('non-breaking operation-added (A)');
    const json = await run('no-ids.json', 'repeated-id.json', '--format', 'json');
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['changes', 'summary']);
    expect(json.stderr).toBe(text.stderr);
    expect((await run('v1', 'v2')).stderr).toBe('');
  });

  const unusable: [string, string[], RegExp][] = [
    ['a missing path', ['v1', 'nowhere'], /cannot read nowhere: no such file or folder/],
    ['a file that does not parse', ['v1', 'broken.json'], /broken\.json/],
    ['a file that is not a swagger', ['props-only.json', 'v1'], /not a Swagger 2\.0 connector definition/],
    ['a folder without a swagger', ['v1', 'empty'], /has no apiDefinition\.swagger\.json/],
    ['one version only', ['v1'], /give exactly two versions/],
    ['an unknown format', ['v1', 'v1', '--format', 'sarif'], /--format must be one of text, json/],
    ['an unknown option', ['v1', 'v1', '--color'], /usage: insights-connector diff/],
  ];
  for (const [name, args, message] of unusable) {
    it(`exits 2 on ${name}, without a stack trace`, async () => {
      const result = await run(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('runs as a process through the bin script, with its exit code and output', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/insights-connector.mjs'), 'diff', 'v1', 'v2'], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Found 1 breaking change and 1 non-breaking change.');
  });
});
