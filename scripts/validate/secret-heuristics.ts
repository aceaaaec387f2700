/**
 * Does a literal look like a credential? Two signals, as secret scanners use them: the name of the
 * field it fills (`x-api-key`, `password`, `clientSecret`, …) and the value's own shape (a JWT, a
 * written-out `Bearer …`, a well-known key prefix, or a long high-entropy token). Obvious stand-ins
 * (`dummy`, `<your key>`, `****`, `{token}`) are exempt, as are references to connection
 * parameters. Tuned on the certified connectors, where it should find next to nothing. Every check
 * is a loop or an anchored regex without nested quantifiers, over at most {@link MAX_EXAMINED}
 * characters.
 */

/** Values that are obviously stand-ins, which Microsoft's README asks for in place of real secrets. */
const PLACEHOLDER = /^(|dummy|placeholder|secret|client[_-]?secret|your[-_ ].*|<.*>|\*+|x+|null|none|n\/a|tbd|todo|\{.*\}|\$\{.*\}|@.*)$/i;

/** Only this much of a value is looked at: a credential is short, and the checks stay bounded. */
const MAX_EXAMINED = 512;

/** Words of a field name that say it holds a credential on their own. */
const CREDENTIAL_WORDS = new Set(['password', 'passwd', 'pwd', 'secret', 'apikey', 'token', 'signature', 'sig', 'credential', 'credentials']);
/** Second words that make a credential with a first (`api key`, `client secret`, `access token`). */
const CREDENTIAL_PAIRS = new Set(['api key', 'access key', 'private key', 'subscription key', 'functions key', 'secret key', 'shared key', 'account key', 'master key', 'auth key']);
/** Words that make a name about a credential rather than one (`tokenType`, `passwordPolicy`, `ContinuationToken`). */
const NOT_A_CREDENTIAL = new Set([
  'type', 'types', 'kind', 'mode', 'format', 'policy', 'rank', 'count', 'length', 'expiry', 'expires', 'expiration', 'url', 'uri',
  'name', 'id', 'apply', 'persistence', 'continuation', 'next', 'page', 'paging', 'hint', 'required', 'enabled', 'reset', 'change',
  'strength', 'date', 'time', 'status', 'field', 'label', 'prompt', 'method', 'version', 'algorithm', 'location', 'source', 'csrf', 'xsrf',
]);

/** Words of names whose values are opaque cursors, random-looking but no secret. */
const CURSOR_WORDS = new Set(['offset', 'cursor', 'continuation', 'next', 'skiptoken', 'etag', 'page']);

/** `clientSecret`, `X-API-Key`, `access_token` → their lower-case words. */
function words(name: string): string[] {
  return name
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Words that mark a value as a stand-in however it is dressed (`[[DUMMY]]`, `dummy-value`, `Value-From-Your-App-Registration`). */
const PLACEHOLDER_WORDS = new Set(['dummy', 'placeholder', 'test', 'sample', 'example', 'fake', 'your', 'changeme', 'redacted', 'replace', 'insert']);

export function isPlaceholder(value: string): boolean {
  const v = value.trim().slice(0, MAX_EXAMINED);
  if (PLACEHOLDER.test(v) || /^\[\[.*\]\]$/.test(v)) return true;
  // Only short, wordy values: a random token never splits into a stand-in word.
  return v.length <= 64 && /^[A-Za-z][A-Za-z _.-]*$/.test(v) && words(v).some((w) => PLACEHOLDER_WORDS.has(w));
}

/** A policy expression (`@headers('Authorization')`, `@connectionParameters('key')`): the gateway fills it per request. */
export function hasPolicyExpression(value: string): boolean {
  return /@[A-Za-z]+\(/.test(value.slice(0, MAX_EXAMINED));
}

export function isCredentialName(name: string): boolean {
  const list = words(name);
  if (list.some((w) => NOT_A_CREDENTIAL.has(w))) return false;
  if (list.some((w) => CREDENTIAL_WORDS.has(w))) return true;
  for (let i = 1; i < list.length; i++) if (CREDENTIAL_PAIRS.has(`${list[i - 1]} ${list[i]}`)) return true;
  return false;
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

/** A token a person would not type: one run of key characters with letters and digits, no word breaks. */
function isTokenLike(value: string): boolean {
  return value.length >= 8 && /^[A-Za-z0-9_\-+=~!#$%^&*.:]+$/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

/** Shapes that are credentials whatever the field: a JWT, a well-known key prefix, a long random token. */
export function looksRandom(value: string): boolean {
  const v = value.trim();
  if (v.length < 20 || v.length > MAX_EXAMINED) return false;
  if (/^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/.test(v)) return true;
  if (/^(sk_live_|sk-|rk_live_|ghp_|gho_|github_pat_|xox[abpr]-|AKIA|ASIA|AIza|glpat-)[A-Za-z0-9_-]{12,}$/.test(v)) return true;
  // Base64 or base64url only, all three character classes, and no repeated structure: hex ids and
  // GUIDs (one case, few symbols) stay below the entropy a random key of this length has.
  if (v.length < 32 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/[0-9]/.test(v)) return false;
  return entropy(v) >= 4.5;
}

/** `Bearer eyJ…`, `Basic dXNlcjpwYXNz`: an Authorization header value written out. */
export function isLiteralAuthorization(value: string): boolean {
  const match = /^(bearer|basic|sharedaccesssignature)\s+(\S+)/i.exec(value.trim().slice(0, MAX_EXAMINED));
  return match !== null && match[2]!.length >= 8 && !isPlaceholder(match[2]!) && !match[2]!.startsWith('@') && /[0-9]/.test(match[2]!);
}

/**
 * Whether `value`, written into a field named `name` (when known), looks like a real credential:
 * a token-like value under a credential name, or a credential shape under any name.
 */
export function looksLikeCredential(value: unknown, name?: string): value is string {
  if (typeof value !== 'string' || isPlaceholder(value) || value.includes('@connectionParameters(')) return false;
  const v = value.trim();
  if (name !== undefined && isCredentialName(name) && isTokenLike(v)) return true;
  // Paging cursors are opaque and random-looking by design.
  if (name !== undefined && words(name).some((w) => CURSOR_WORDS.has(w))) return false;
  return looksRandom(v) || isLiteralAuthorization(v);
}
