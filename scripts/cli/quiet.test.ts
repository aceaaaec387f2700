import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

// generated/ carries info findings (actions that return no data), which is what --quiet is for.
describe('--quiet', () => {
  it('validate: hides info lines but still counts them in the summary', async () => {
    const loud = await run('validate', 'generated');
    expect(loud.code).toBe(0);
    expect(loud.stdout).toMatch(/ - info /);
    const quiet = await run('validate', 'generated', '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/ - (info|warning) /);
    expect(quiet.stdout.trim().split('\n')).toEqual([loud.stdout.trim().split('\n').at(-1)]);
  });

  it('validate: json keeps every finding', async () => {
    const { stdout } = await run('validate', 'generated', '-q', '--format', 'json');
    expect(JSON.parse(stdout).summary.infos).toBeGreaterThan(0);
  });

  it('build: a clean build prints no findings, only what it wrote', async () => {
    // A copy of generated/ as the output folder: the build reuses its types.ts, so this stays fast.
    const out = mkdtempSync(path.join(tmpdir(), 'quiet-build-'));
    try {
      cpSync('generated', out, { recursive: true });
      const loud = await run('build', '--out', out);
      expect(loud.code).toBe(0);
      expect(loud.stdout).toMatch(/ - info /);
      const quiet = await run('build', '--out', out, '-q');
      expect(quiet.code).toBe(0);
      expect(quiet.stdout).not.toMatch(/ - (info|warning) /);
      expect(quiet.stdout.trimEnd().split('\n').filter((line) => !/^ {2}wrote /.test(line))).toEqual([expect.stringMatching(/^Built /)]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
