/**
 * The gateway's log: one JSON object per line (request, upstream call, poll), each with the
 * correlation id of the request that caused it, so a line can be followed through the REST API's
 * own diagnostics (`x-ms-client-request-id`).
 *
 * Secrets never reach a line: fields named like a secret (authorization, token, key, secret,
 * callback or notification URL, …) are replaced whole, and inside any other string a bearer token,
 * a JWT-shaped value, or a URL's credential query parameters (`sig`, `code`, `subscription-key`, …)
 * are masked. A callback URL is a secret in full (its signature is in the query), so any field that
 * holds one is named as such by its writer and dropped here.
 */

export interface LogRecord {
  event: string;
  correlationId?: string;
  [field: string]: unknown;
}

export interface Logger {
  log(record: LogRecord): void;
}

export const REDACTED = '[redacted]';

/** Field names whose value is a secret whatever it looks like. */
const SECRET_FIELD =
  /^(authorization|proxy-authorization|cookie|set-cookie|location)$|token|secret|password|passwd|credential|api-?key|subscription-?key|ocp-apim|callback|notification-?url|webhook-?url|connection-?string|^sas|signature/i;

/** `Bearer <anything>` / `Basic <anything>`. */
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** Three base64url segments, the first starting like a JSON header: a JWT. */
const JWT = /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
/** Query parameters that carry credentials in callback, SAS and API URLs. */
const SECRET_QUERY = /([?&](?:sig|signature|code|key|subscription-key|token|access_token|id_token|client_secret|sv|se|sp|sr|skoid|sktid)=)[^&#\s"]*/gi;

const MAX_DEPTH = 6;
const MAX_STRING = 2_000;

export function redactString(text: string): string {
  const masked = text.replace(AUTH_SCHEME, `$1 ${REDACTED}`).replace(JWT, REDACTED).replace(SECRET_QUERY, `$1${REDACTED}`);
  return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…` : masked;
}

/** A copy of `value` safe to write: secret fields replaced, strings masked, depth bounded, cycles cut. */
export function redact(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'bigint' ? value.toString() : typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactString(value.message) };
  }
  if (Array.isArray(value)) return value.map((entry) => redact(entry, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_FIELD.test(key) && inner !== undefined && inner !== null ? REDACTED : redact(inner, depth + 1, seen);
  }
  return out;
}

/** One JSON line per record, `time` first, to `write` (standard output by default). */
export function createLogger(write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Logger {
  return {
    log(record) {
      const safe = redact(record) as Record<string, unknown>;
      write(JSON.stringify({ time: new Date().toISOString(), ...safe }));
    },
  };
}

export const silentLogger: Logger = { log() {} };
