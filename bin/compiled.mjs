/**
 * Whether dist/cli/ (scripts/bundle/compile.mjs) is there and is still the compilation of the sources
 * beside it. An installed package has no compiler (scripts/bundle/ is not packed), so there the
 * bundle is the command line. In a clone it counts only while no source file it was compiled from (nor
 * package.json) is newer than it and none is gone; otherwise the sources run, through tsx.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'main.js');
const manifest = path.join(root, 'dist', 'cli', 'inputs.json');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The bundle's entry when it may run; undefined when the sources must. */
export function compiledEntry() {
  const built = mtime(manifest);
  if (built === undefined || mtime(bundle) === undefined) return undefined;
  // An installed package ships without the compiler (package.json `files`): it is its bundle.
  if (mtime(path.join(root, 'scripts', 'bundle', 'compile.mjs')) === undefined) return bundle;
  return isFresh(built) ? bundle : undefined;
}

/** No input of the bundle, nor package.json nor the compiler, changed after it was written. */
export function isFresh(built = mtime(manifest)) {
  if (built === undefined) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifest, 'utf8')).inputs;
  } catch {
    return false;
  }
  for (const file of [...inputs, 'package.json', 'scripts/bundle/compile.mjs']) {
    const changed = mtime(path.join(root, file));
    if (changed === undefined || changed > built) return false;
  }
  return true;
}
