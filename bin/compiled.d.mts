/** The bundle's entry when it may run; undefined when the sources must. `root`: the package's folder. */
export function compiledEntry(root?: string): string | undefined;
/** No input of the bundle, nor package.json nor the compiler, changed after it was written. */
export function isFresh(root?: string): boolean;
