/**
 * Reading Node's module-not-found errors (ESM's ERR_MODULE_NOT_FOUND, CommonJS's
 * MODULE_NOT_FOUND): which module is missing, and whether it is a package. The message also names
 * the importer, so only the first quoted name is the missing one.
 */

/** The specifier or path a module-not-found error says is missing; undefined for any other error. */
export function missingModule(error: unknown): string | undefined {
  const code = (error as { code?: string } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  return /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message)?.[1];
}

/** A bare specifier (`name`, `name/sub`, `@scope/name/sub`), not a relative or absolute file. */
export function isPackageSpecifier(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:') && !/^[A-Za-z]:[\\/]/.test(specifier);
}

/** The package a bare specifier is in: `name` or `@scope/name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The package a module-not-found error is about, when it is a package (not a file). */
export function missingPackage(error: unknown): string | undefined {
  const specifier = missingModule(error);
  return specifier !== undefined && isPackageSpecifier(specifier) ? packageOf(specifier) : undefined;
}
