/**
 * Whether dist/cli/ (scripts/bundle/compile.mjs) is there and is still the compilation of the sources
 * beside it. An installed package has no compiler (scripts/bundle/ is not packed), so there the
 * bundle is the command line. In a clone it counts only while no source it was compiled from (nor
 * package.json) is newer than it and none is gone; otherwise the sources run, through tsx.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ownRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleOf = (root) => path.join(root, 'dist', 'cli', 'main.js');
const manifestOf = (root) => path.join(root, 'dist', 'cli', 'inputs.json');

/**
 * The arguments for which main.js loads no command module (main.ts answers them itself), so only
 * the sources of main.js and its static imports (the manifest's `startup`) can change what runs.
 */
const STARTUP_ONLY = new Set(['--help', '-h', '--version', '-v']);

function mtime(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * The bundle's entry when it may run; undefined when the sources must. `root`: the package's folder;
 * `argv`: the command line's arguments, which decide how much of the bundle can run (without them,
 * all of it can).
 */
export function compiledEntry(root = ownRoot, argv = undefined) {
  if (mtime(manifestOf(root)) === undefined || mtime(bundleOf(root)) === undefined) return undefined;
  // An installed package ships without the compiler (package.json `files`): it is its bundle.
  if (mtime(path.join(root, 'scripts', 'bundle', 'compile.mjs')) === undefined) return bundleOf(root);
  const scope = argv !== undefined && (argv.length === 0 || STARTUP_ONLY.has(argv[0])) ? 'startup' : 'inputs';
  return isFresh(root, scope) ? bundleOf(root) : undefined;
}

/**
 * No input of the bundle, nor package.json nor the compiler, changed after it was written.
 * `scope`: 'inputs', every source of the bundle; 'startup', those of main.js and its static imports.
 */
export function isFresh(root = ownRoot, scope = 'inputs') {
  const built = mtime(manifestOf(root));
  if (built === undefined) return false;
  let sources;
  try {
    sources = JSON.parse(readFileSync(manifestOf(root), 'utf8'))[scope];
  } catch {
    return false;
  }
  if (!Array.isArray(sources)) return false;
  for (const file of [...sources, 'package.json', 'scripts/bundle/compile.mjs']) {
    const changed = mtime(path.join(root, file));
    if (changed === undefined || changed > built) return false;
  }
  return true;
}
