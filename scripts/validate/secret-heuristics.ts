/**
 * Does a literal look like a credential? Two signals, as secret scanners use them: the name of the
 * field it fills (`x-api-key`, `password`, `clientSecret`, …) and the value's own shape (long,
 * one token, high entropy, letters and digits). Obvious stand-ins (`dummy`, `<your key>`, `****`,
 * `{token}`) are exempt, as are references to connection parameters. Every check is a loop or an
 * anchored regex with no nested quantifier, over at most {@link MAX_EXAMINED} characters.
 */

/** Values that are obviously stand-ins, which Microsoft's README asks for in place of real secrets. */
const PLACEHOLDER = /^(|dummy|placeholder|secret|client[_-]?secret|your[-_ ].*|<.*>|\*+|x+|null|none|n\/a|tbd|todo|\{.*\}|\$\{.*\}|@.*)$/i;

/** Names of fields that hold credentials. */
const CREDENTIAL_NAME = /(secret|passw(or)?d|pwd|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|subscription[-_]?key|functions[-_]?key|signature|credential|authorization)/i;

/** Only this much of a value is looked at: a credential is short, and the checks stay bounded. */
const MAX_EXAMINED = 512;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim().slice(0, MAX_EXAMINED));
}

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name.slice(0, 200));
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** A long single token of letters and digits that is far from any word: an API key, a token. */
export function looksRandom(value: string): boolean {
  const v = value.trim();
  if (v.length < 20 || v.length > MAX_EXAMINED) return false;
  if (/\s/.test(v) || !/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  // GUIDs and URLs are identifiers and addresses, not keys.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return false;
  return entropy(v) >= 4;
}

/** `Bearer eyJ…`, `Basic dXNlcjpwYXNz`: an Authorization header value written out. */
export function isLiteralAuthorization(value: string): boolean {
  const match = /^(bearer|basic|sharedaccesssignature)\s+(\S+)/i.exec(value.trim().slice(0, MAX_EXAMINED));
  return match !== null && match[2]!.length >= 8 && !isPlaceholder(match[2]!) && !match[2]!.startsWith('@');
}

/**
 * Whether `value`, written into a field named `name` (when known), looks like a real credential:
 * any non-placeholder under a credential name, or a random-looking token or literal Authorization
 * value under any name.
 */
export function looksLikeCredential(value: unknown, name?: string): value is string {
  if (typeof value !== 'string' || isPlaceholder(value) || value.includes('@connectionParameters(')) return false;
  if (name !== undefined && isCredentialName(name) && value.trim().length >= 6) return true;
  return looksRandom(value) || isLiteralAuthorization(value);
}
