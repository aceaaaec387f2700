/**
 * Every registered command, including ones added later, has help that reads like `tsc --help`:
 * a usage line, one line per option with a description, and its exit codes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, main, version } from './main.js';
import { flags } from './render-help.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe.each(Object.keys(commands))('insights-connector %s --help', (name) => {
  it('has a one-line summary', () => {
    const summary = commands[name]!.summary;
    expect(summary.length).toBeGreaterThan(10);
    expect(summary).not.toContain('\n');
  });

  it('has a spec: usage, options with one-line descriptions, exit codes (at least 2, usage)', async () => {
    const { help } = await commands[name]!.load();
    expect(help.usage.startsWith(`${name}`)).toBe(true);
    expect(help.usage).not.toContain('\n');
    for (const [long, spec] of Object.entries(help.options)) {
      expect(long, `${name} --${long}`).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(spec.description.trim().length, `${name} --${long}`).toBeGreaterThan(5);
      expect(spec.description, `${name} --${long}`).not.toContain('\n');
      if (spec.type === 'boolean') expect(spec.value, `${name} --${long} takes no value`).toBeUndefined();
    }
    for (const text of [...Object.values(help.arguments ?? {}), ...Object.values(help.environment ?? {})]) {
      expect(text).not.toContain('\n');
    }
    const codes = Object.keys(help.exitCodes).map(Number);
    expect(codes).toContain(2);
    for (const meaning of Object.values(help.exitCodes)) expect(meaning).not.toContain('\n');
  });

  it('prints the same help for --help, -h and help <command>, with every option on its own line', async () => {
    const { help } = await commands[name]!.load();
    const texts: string[] = [];
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const io = capture();
      expect(await main(argv)).toBe(0);
      texts.push(io.out());
      vi.restoreAllMocks();
    }
    expect(new Set(texts).size).toBe(1);
    const lines = texts[0]!.split('\n');
    expect(lines).toContain(`Usage: insights-connector ${help.usage}`);
    for (const [long, spec] of Object.entries(help.options)) {
      expect(lines.filter((l) => l.startsWith(`  ${flags(long, spec)}  `) && l.endsWith(spec.description))).toHaveLength(1);
    }
    expect(lines).toContain('Exit codes:');
    for (const [code, meaning] of Object.entries(help.exitCodes)) {
      expect(lines.some((l) => l.trim().startsWith(code) && l.endsWith(meaning))).toBe(true);
    }
  });
});

describe('insights-connector --version and help', () => {
  it('prints the package version', async () => {
    const io = capture();
    expect(await main(['--version'])).toBe(0);
    expect(io.out()).toBe(`${version()}\n`);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("help validate prints validate's help, not the general one", async () => {
    const io = capture();
    expect(await main(['help', 'validate'])).toBe(0);
    expect(io.out()).toMatch(/^insights-connector validate: /);
    expect(io.out()).toContain('--format text|json|sarif');
  });

  it('help with an unknown command exits 2 and names it', async () => {
    const io = capture();
    expect(await main(['help', 'deploy'])).toBe(2);
    expect(io.err()).toContain("unknown command 'deploy'");
  });

  it('a usage error names the command, its usage line and where its help is', async () => {
    const io = capture();
    expect(await main(['diff', 'only-one'])).toBe(2);
    expect(io.err()).toContain('usage: insights-connector diff <old> <new> [options]');
    expect(io.err()).toContain("Run 'insights-connector help diff'");
  });
});
