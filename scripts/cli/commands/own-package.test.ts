import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialize, resolve } from './own-package-hooks.mjs';
import { ownExportTargets } from './own-package.js';

let root: string;
const write = (file: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), '');
};
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'own-package-'));
  writeFileSync(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'the-package', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './kit': { import: './dist/kit/index.js' }, './gone': { import: './dist/gone.js' } } }),
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ownExportTargets', () => {
  it('in an installed package, maps each export to its compiled file where there is one, else to the TypeScript it is compiled from, and leaves out what is neither', () => {
    write('dist/index.js');
    write('kit/index.ts');
    expect(ownExportTargets(root)).toEqual({
      name: 'the-package',
      targets: { '.': pathToFileURL(path.join(root, 'dist/index.js')).href, './kit': pathToFileURL(path.join(root, 'kit/index.ts')).href },
    });
  });

  it('in a clone (the compiler is there), the TypeScript source even where an older compiled file is', () => {
    write('dist/index.js');
    write('index.ts');
    write('scripts/bundle/compile.mjs');
    expect(ownExportTargets(root).targets['.']).toBe(pathToFileURL(path.join(root, 'index.ts')).href);
  });
});

describe('the resolve hook', () => {
  const notFound = async () => Promise.reject(Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' }));
  beforeEach(() => initialize({ name: 'the-package', targets: { '.': 'file:///own/index.js', './kit': 'file:///own/kit.js' } }));

  it('answers the package and its exports only where Node found nothing', async () => {
    expect(await resolve('the-package/kit', {}, notFound)).toEqual({ url: 'file:///own/kit.js', shortCircuit: true });
    expect(await resolve('the-package', {}, notFound)).toEqual({ url: 'file:///own/index.js', shortCircuit: true });
    // An installed copy wins.
    const installed = { url: 'file:///project/node_modules/the-package/kit.js' };
    expect(await resolve('the-package/kit', {}, async () => installed)).toBe(installed);
  });

  it('passes every other failure on: other packages, subpaths it does not export, other errors', async () => {
    await expect(resolve('other-package', {}, notFound)).rejects.toThrow('Cannot find package');
    await expect(resolve('the-package-two', {}, notFound)).rejects.toThrow('Cannot find package');
    await expect(resolve('the-package/internal', {}, notFound)).rejects.toThrow('Cannot find package');
    await expect(resolve('the-package/constructor', {}, notFound)).rejects.toThrow('Cannot find package');
    const broken = async () => Promise.reject(Object.assign(new Error('syntax'), { code: 'ERR_INVALID_PACKAGE_CONFIG' }));
    await expect(resolve('the-package/kit', {}, broken)).rejects.toThrow('syntax');
  });
});
