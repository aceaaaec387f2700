/**
 * Whether dist/cli/ (scripts/bundle/compile.mjs) is there and is still the compilation of the sources
 * beside it. An installed package has no compiler (scripts/bundle/ is not packed), so there the
 * bundle is the command line. In a clone it counts only while no source file it was compiled from (nor
 * package.json) is newer than it and none is gone; otherwise the sources run, through tsx.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ownRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleOf = (root) => path.join(root, 'dist', 'cli', 'main.js');
const manifestOf = (root) => path.join(root, 'dist', 'cli', 'inputs.json');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The bundle's entry when it may run; undefined when the sources must. `root`: the package's folder. */
export function compiledEntry(root = ownRoot) {
  if (mtime(manifestOf(root)) === undefined || mtime(bundleOf(root)) === undefined) return undefined;
  // An installed package ships without the compiler (package.json `files`): it is its bundle.
  if (mtime(path.join(root, 'scripts', 'bundle', 'compile.mjs')) === undefined) return bundleOf(root);
  return isFresh(root) ? bundleOf(root) : undefined;
}

/** No input of the bundle, nor package.json nor the compiler, changed after it was written. */
export function isFresh(root = ownRoot) {
  const built = mtime(manifestOf(root));
  if (built === undefined) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(manifestOf(root), 'utf8')).inputs;
  } catch {
    return false;
  }
  for (const file of [...inputs, 'package.json', 'scripts/bundle/compile.mjs']) {
    const changed = mtime(path.join(root, file));
    if (changed === undefined || changed > built) return false;
  }
  return true;
}
