/**
 * `gateway --help` and `serve --help` render help from data: the command modules load their servers
 * (msw, the mock backend), the SQLite addon and the Azure SDK only inside run(). Checked on the
 * static import graph esbuild resolves (type-only imports are erased, dynamic imports not followed),
 * which is what the compiled command line loads before run().
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/** Every package (and our source file) a module loads before any of its code runs. */
async function staticImports(entry: string): Promise<{ packages: Set<string>; files: Set<string> }> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = [path.relative(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind === 'dynamic-import') continue;
      if (imported.external) packages.add(imported.path.startsWith('@') ? imported.path.split('/').slice(0, 2).join('/') : imported.path.split('/')[0]!);
      else queue.push(imported.path);
    }
  }
  return { packages, files };
}

const HEAVY = ['msw', 'openapi-msw', 'better-sqlite3', '@azure/data-tables', '@azure/identity', 'ajv', 'js-yaml'];

describe.each(['gateway', 'serve'])('insights-connector %s --help', (name) => {
  it('loads none of the libraries its run() needs', async () => {
    const { packages, files } = await staticImports(path.join(here, `${name}.ts`));
    expect([...packages].filter((p) => HEAVY.includes(p) || p.startsWith('@azure/'))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('mocks/') || /(^|\/)server\.ts$/.test(f))).toEqual([]);
  });
});
