/** The bundle's entry when it may run; undefined when the sources must. */
export function compiledEntry(): string | undefined;
/** No input of the bundle, nor package.json nor the compiler, changed after it was written. */
export function isFresh(built?: number): boolean;
