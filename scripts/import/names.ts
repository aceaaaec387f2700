/**
 * Identifiers for the exported units of an imported project, derived from operationIds and
 * definition names: valid JavaScript identifiers, never a reserved word or a name the generated
 * modules import themselves, unique across the project, and unique ignoring case where they are
 * file names too.
 */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval undefined NaN Infinity ' +
    // What the generated modules import or declare themselves.
    'assemblePlatform defineOperation defineSchema ref apiProperties connector AssembledConnector PlatformParameter ' +
    'PlatformResponse PlatformApiProperties'
  ).split(' '),
);

export class Names {
  private readonly taken = new Set<string>();
  /** Names that are also file names, lower-cased: two of them must differ on a case-insensitive disk. */
  private readonly files = new Set<string>();

  /** A fresh identifier close to `wanted`; `file` when it names a file of its own too. */
  claim(wanted: string, fallback: string, file = true): string {
    let base = wanted.replace(/[^A-Za-z0-9_$]+/g, '_').replace(/^_+(?=[A-Za-z$])/, '');
    if (base === '' || /^_*$/.test(base)) base = fallback;
    if (/^[0-9]/.test(base)) base = `_${base}`;
    if (RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let n = 2; this.taken.has(name) || (file && this.files.has(name.toLowerCase())); n++) name = `${base}${n}`;
    this.taken.add(name);
    if (file) this.files.add(name.toLowerCase());
    return name;
  }
}

/** `get /pets/{id}` → `GetPetsId`, for operations without a usable operationId. */
export function nameFromRoute(method: string, path: string): string {
  const words = [method, ...path.split(/[^A-Za-z0-9]+/)].filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}
