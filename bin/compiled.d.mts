/**
 * The bundle's entry when it may run; undefined when the sources must. `root`: the package's folder;
 * `argv`: the command line's arguments (for `--help` and `--version` only main.js's sources count).
 */
export function compiledEntry(root?: string, argv?: readonly string[]): string | undefined;
/**
 * No input of the bundle, nor package.json nor the compiler, changed after it was written.
 * `scope`: every source of the bundle (`inputs`, the default) or those main.js runs before any import() (`startup`).
 */
export function isFresh(root?: string, scope?: 'inputs' | 'startup'): boolean;
