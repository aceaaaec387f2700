import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledEntry, isFresh } from './compiled.mjs';

let root: string;
const at = (file: string) => path.join(root, file);
const SOURCES = ['scripts/cli/main.ts', 'scripts/validate/engine.ts'];
const STARTUP = ['scripts/cli/main.ts'];

function write(file: string, when: number): void {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), '');
  utimesSync(at(file), when, when);
}

/** A clone whose sources (at t=100 s) are older than its bundle (at t=200 s). */
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'compiled-'));
  for (const file of [...SOURCES, 'package.json', 'scripts/bundle/compile.mjs']) write(file, 100);
  write('dist/cli/main.js', 200);
  mkdirSync(at('dist/cli'), { recursive: true });
  writeFileSync(at('dist/cli/inputs.json'), JSON.stringify({ inputs: SOURCES, startup: STARTUP }));
  utimesSync(at('dist/cli/inputs.json'), 200, 200);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which command line bin runs', () => {
  it('the bundle, while no source it was compiled from changed', () => {
    expect(isFresh(root)).toBe(true);
    expect(compiledEntry(root)).toBe(at('dist/cli/main.js'));
  });

  it('the sources, once one of them is newer than the bundle', () => {
    write('scripts/validate/engine.ts', 300);
    expect(isFresh(root)).toBe(false);
    expect(compiledEntry(root)).toBeUndefined();
  });

  it('the sources, when package.json changed (the bundled and external packages follow it) or a source is gone', () => {
    write('package.json', 300);
    expect(compiledEntry(root)).toBeUndefined();
    write('package.json', 100);
    rmSync(at('scripts/cli/main.ts'));
    expect(compiledEntry(root)).toBeUndefined();
  });

  it('the sources, when there is no bundle', () => {
    rmSync(at('dist/cli/main.js'));
    expect(compiledEntry(root)).toBeUndefined();
  });

  it('the bundle, always, in an installed package (no compiler shipped), whatever the dates', () => {
    rmSync(at('scripts/bundle/compile.mjs'));
    write('scripts/validate/engine.ts', 300);
    expect(compiledEntry(root)).toBe(at('dist/cli/main.js'));
  });

  it('for --help and --version, the bundle while the sources of main.js alone are unchanged; the sources once one of those changed', () => {
    write('scripts/validate/engine.ts', 300);
    for (const flag of ['--help', '-h', '--version', '-v']) expect(compiledEntry(root, [flag])).toBe(at('dist/cli/main.js'));
    expect(compiledEntry(root, [])).toBe(at('dist/cli/main.js'));
    // Any other first argument may load a command module, so every source counts.
    for (const argv of [['validate', 'x'], ['help', 'validate'], ['validate', '--help']]) expect(compiledEntry(root, argv)).toBeUndefined();
    write('scripts/cli/main.ts', 300);
    expect(compiledEntry(root, ['--help'])).toBeUndefined();
  });

  it('the sources for --help when the manifest predates its startup list', () => {
    writeFileSync(at('dist/cli/inputs.json'), JSON.stringify({ inputs: SOURCES }));
    utimesSync(at('dist/cli/inputs.json'), 200, 200);
    expect(isFresh(root, 'startup')).toBe(false);
    expect(compiledEntry(root, ['--help'])).toBeUndefined();
    expect(compiledEntry(root, ['validate'])).toBe(at('dist/cli/main.js'));
  });
});
