/**
 * Golden files: the command line's whole output on each validator fixture (text, JSON and SARIF,
 * in the certification profile so there is a finding to show) and each fixture's README, compared
 * with files under test/golden/. A change shows up as a diff of the whole output, not as a failed
 * assertion about one part of it.
 *
 * Update them after an intended change with one command (then review the diff):
 *
 *   npm run golden:update
 *
 * Output is made machine-independent before it is compared: the fixtures are named relative to
 * the repository (the command runs from its root), SARIF's SRCROOT (an absolute file URL) becomes
 * `file:///SRCROOT/`, and each fixture's SARIF lists its rules by id only; their whole metadata is
 * in one file, sarif-rules.json, the same for every fixture.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { renderReadme } from '../scripts/build/readme/index.js';
import { main } from '../scripts/cli/main.js';
import { importConnector } from '../scripts/import/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const golden = (...parts: string[]) => path.join(root, 'test', 'golden', ...parts);
const FIXTURES = ['webhook', 'polling', 'dynamic-schema', 'routing', 'multi-auth'];
const fixture = (name: string) => `scripts/validate/fixtures/${name}`;

/** Runs the command line in this process and returns its stdout. */
async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.stubEnv('FORCE_COLOR', '0');
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  try {
    await main(args);
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  }
  return out.join('');
}

type Sarif = { runs: { tool: { driver: { rules: { id: string }[] | string[] } }; originalUriBaseIds?: { SRCROOT?: { uri: string } } }[] };

function splitSarif(text: string): { fixture: string; rules: string } {
  const sarif = JSON.parse(text) as Sarif;
  const rules = sarif.runs.map((r) => r.tool.driver.rules);
  for (const runOf of sarif.runs) {
    runOf.tool.driver.rules = (runOf.tool.driver.rules as { id: string }[]).map((r) => r.id);
    if (runOf.originalUriBaseIds?.SRCROOT) runOf.originalUriBaseIds.SRCROOT.uri = 'file:///SRCROOT/';
  }
  return { fixture: `${JSON.stringify(sarif, null, 2)}\n`, rules: `${JSON.stringify(rules, null, 2)}\n` };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('golden output of validate on the fixtures', () => {
  it.each(FIXTURES)('%s: text, JSON and SARIF', async (name) => {
    const args = ['validate', fixture(name), '--profile', 'certification', '--format'];
    await expect(await run([...args, 'text'])).toMatchFileSnapshot(golden(name, 'validate.txt'));
    await expect(await run([...args, 'json'])).toMatchFileSnapshot(golden(name, 'validate.json'));
    const sarif = splitSarif(await run([...args, 'sarif']));
    expect(sarif.fixture).not.toContain(pathToFileURL(root).href);
    await expect(sarif.fixture).toMatchFileSnapshot(golden(name, 'validate.sarif.json'));
    await expect(sarif.rules).toMatchFileSnapshot(golden('sarif-rules.json'));
  });
});

describe("golden README of each fixture (imported into a kit project, assembled, rendered)", () => {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const scratch = mkdtempSync(path.join(root, '.tmp', 'golden-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(FIXTURES)('%s', async (name) => {
    const imported = importConnector(path.join(root, fixture(name)), { kit: path.join(root, 'connector/kit/index.ts') });
    expect(imported.findings).toEqual([]);
    const project = path.join(scratch, name);
    for (const [file, content] of imported.files) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), content);
    }
    const connector = (await import(pathToFileURL(path.join(project, 'index.ts')).href)) as { default: () => Parameters<typeof renderReadme>[0] };
    const readme = renderReadme(connector.default());
    expect(readme).not.toContain(root);
    await expect(readme).toMatchFileSnapshot(golden(name, 'README.md'));
  });
});
