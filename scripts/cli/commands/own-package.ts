/**
 * Lets a `build --definition` module import this package by name where it is not installed: an
 * `import` or `init` project in a clone of this repository, or in any folder, builds with the kit
 * of the command line that builds it. Registered once, before the first definition loads, with
 * Node's module hooks (own-package-hooks.mjs); an installed copy of the package still wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let registered = false;

/**
 * Each export subpath of this package → the file it is here. In an installed package, the compiled
 * JavaScript. In a clone (it has the compiler, scripts/bundle/), the TypeScript source it is compiled
 * from, which is never stale: `npm run build` compiles only the command line, dist/'s library
 * JavaScript is as old as the last `npm pack`, and the definition's TypeScript loader runs the source.
 */
export function ownExportTargets(root = ROOT): { name: string; targets: Record<string, string> } {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; exports?: Record<string, { import?: string }> };
  const inClone = existsSync(path.join(root, 'scripts', 'bundle', 'compile.mjs'));
  const targets: Record<string, string> = {};
  for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
    const compiled = conditions.import;
    if (compiled === undefined) continue;
    const source = compiled.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts');
    const file = (inClone ? [source, compiled] : [compiled, source]).map((relative) => path.join(root, relative)).find((candidate) => existsSync(candidate));
    if (file) targets[subpath] = pathToFileURL(file).href;
  }
  return { name: manifest.name, targets };
}

export function provideOwnPackage(): void {
  if (registered) return;
  registered = true;
  register(new URL('./own-package-hooks.mjs', import.meta.url), { data: ownExportTargets() });
}
