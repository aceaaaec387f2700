import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('insights-connector', () => {
  it('lists every command in its help, and exits 2 when called with none', async () => {
    const io = capture();
    expect(await main([])).toBe(2);
    for (const command of ['build', 'validate', 'diff', 'serve']) expect(io.err()).toContain(`  ${command}`);
  });

  it('exits 0 for --help', async () => {
    capture();
    expect(await main(['--help'])).toBe(0);
  });

  it('names an unknown command and exits 2', async () => {
    const io = capture();
    expect(await main(['deploy'])).toBe(2);
    expect(io.err()).toContain("unknown command 'deploy'");
  });

  it("prints a command's usage for --help", async () => {
    const io = capture();
    expect(await main(['build', '--help'])).toBe(0);
    expect(io.out()).toMatch(/^insights-connector build: /);
    expect(io.out()).toContain('Usage: insights-connector build [options]');
  });

  it('turns unknown options into a usage error, not a stack trace', async () => {
    const io = capture();
    expect(await main(['build', '--colour'])).toBe(2);
    expect(io.err()).toMatch(/insights-connector build: Unknown option '--colour'/);
  });

  it('says what the file system refused (a name too long, a file where a folder must be) with exit 2, not a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-refused-'));
    try {
      writeFileSync(path.join(dir, 'a-file'), '');
      for (const [target, reason] of [
        [path.join(dir, 'a'.repeat(300)), /cannot mkdir .*a{300}: the name is too long for the file system \(ENAMETOOLONG\)/],
        [path.join(dir, 'a-file', 'inside'), /cannot mkdir .*a-file.*: a part of the path is a file, not a folder \(ENOTDIR\)/],
      ] as const) {
        const io = capture();
        expect(await main(['init', target])).toBe(2);
        expect(io.err()).toMatch(new RegExp(`^insights-connector init: ${reason.source}\n$`));
        vi.restoreAllMocks();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
