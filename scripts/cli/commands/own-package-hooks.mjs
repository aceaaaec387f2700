/**
 * Module resolution hooks (node:module register) for `build --definition`: a definition that
 * imports this package (`<name>` or `<name>/<subpath>`, e.g. the kit) from a folder where it is not
 * installed gets the copy of the package that is building it. Only what Node could not resolve is
 * answered, so an installed copy always wins.
 *
 * Plain JavaScript: the hooks run in Node's loader thread, where no TypeScript loader may be.
 */

/** @type {string} */
let name = '';
/** @type {Record<string, string>} the package's export subpaths ('.', './kit') → the file URL each is */
let targets = {};

/** @param {{ name: string; targets: Record<string, string> }} data */
export function initialize(data) {
  ({ name, targets } = data);
}

/** @param {string} specifier */
function subpathOf(specifier) {
  if (specifier === name) return '.';
  return specifier.startsWith(`${name}/`) ? `.${specifier.slice(name.length)}` : undefined;
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const subpath = error?.code === 'ERR_MODULE_NOT_FOUND' ? subpathOf(specifier) : undefined;
    if (subpath === undefined || !Object.hasOwn(targets, subpath)) throw error;
    return { url: targets[subpath], shortCircuit: true };
  }
}
