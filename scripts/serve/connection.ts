/**
 * Connections are identified by their bearer token (the backend counts calls per token, as the
 * throttling policy in connector/throttling.ts counts them per connection),
 * but a token must never reach a log line or a control-surface answer: a maker may paste a real
 * Entra ID token while trying things out. A fingerprint is a short prefix of the token's SHA-256:
 * stable for one token (so log lines of one connection group together), useless for getting the
 * token back.
 */
import { createHash } from 'node:crypto';

/** Shown when a request carries no bearer token at all. */
export const NO_CONNECTION = '-';

// Fingerprints are memoised because one connection sends many requests; the cap keeps a client
// that sends a fresh token per request (the benchmark does) from growing the map without bound.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();

export function fingerprint(token: string): string {
  let value = memo.get(token);
  if (value === undefined) {
    value = createHash('sha256').update(token).digest('hex').slice(0, 8);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, value);
  }
  return value;
}

/** The bearer token of an `Authorization` header value, or `undefined` when there is none. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}

/** The fingerprint of a request's connection, for logs: `NO_CONNECTION` without a bearer token. */
export function connectionOf(authorization: string | undefined): string {
  const token = bearerToken(authorization);
  return token === undefined ? NO_CONNECTION : fingerprint(token);
}
