import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { promoteBaseline, type Folders } from './promote-baseline.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let folders: Folders;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'promote-'));
  folders = { generated: path.join(ROOT, 'generated'), baseline: path.join(dir, 'baseline') };
  cpSync(path.join(ROOT, 'baseline'), folders.baseline, { recursive: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function snapshot(): Record<string, string> {
  return Object.fromEntries(readdirSync(folders.baseline).map((f) => [f, readFileSync(path.join(folders.baseline, f), 'utf8')]));
}

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((stderr += String(c)), true));
  const code = promoteBaseline(argv, folders);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('promote-baseline', () => {
  it.each([['--help'], ['-h'], ['1.2.0', '--help']])('%s prints help and touches nothing', (...argv) => {
    const before = snapshot();
    const { code, stdout } = run(...argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^promote-baseline: /);
    expect(stdout).toContain('Exit codes:');
    expect(snapshot()).toEqual(before);
  });

  it.each([['--version'], ['-x'], ['latest'], ['1.0.0', '2.0.0']])('refuses %s with exit 2 and touches nothing', (...argv) => {
    const before = snapshot();
    expect(run(...argv).code).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it('promotes to the given version', () => {
    const { code, stdout } = run('9.9.9');
    expect(code).toBe(0);
    expect(stdout).toContain('release 9.9.9');
    expect(JSON.parse(snapshot()['accepted-changes.json']!)).toEqual({ version: '9.9.9', accepted: [] });
  });
});
