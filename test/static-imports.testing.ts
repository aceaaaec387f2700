/**
 * What a module loads before any of its code runs: the static import graph esbuild resolves from it
 * (type-only imports are erased, dynamic imports are not followed). Tests use it to check that a
 * module leaves a heavy or optional library to a dynamic import.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StaticImports {
  /** Package names (`@scope/name` or `name`), subpaths folded into their package. */
  packages: Set<string>;
  /** Our source files, relative to the repository root with `/` separators. */
  files: Set<string>;
}

export async function staticImports(entry: string): Promise<StaticImports> {
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
  const inputs = result.metafile.inputs;
  const packages = new Set<string>();
  const files = new Set<string>();
  const queue = [path.relative(root, path.resolve(root, entry)).split(path.sep).join('/')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind === 'dynamic-import') continue;
      if (!imported.external) queue.push(imported.path);
      else if (!imported.path.startsWith('node:')) {
        const parts = imported.path.split('/');
        packages.add(imported.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return { packages, files };
}
