/** The connection's bearer token: fixed, or fetched (and refreshed) by the caller on demand. */
export type TokenSource = string | (() => string | Promise<string>);

/** Resolved once per attempt, so a retry after a long Retry-After picks up a refreshed token. */
export async function resolveToken(source: TokenSource): Promise<string> {
  const token = typeof source === 'function' ? await source() : source;
  if (typeof token !== 'string' || token === '') {
    throw new TypeError('createClient: the token source gave no token (expected a non-empty string).');
  }
  return token;
}
