/**
 * `Retry-After` (RFC 9110 §10.2.3): either a number of seconds or an HTTP date. Services mostly
 * send seconds; gateways in front of them may send a date.
 */

/** Milliseconds to wait from `nowMs`, or `undefined` when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only the date forms HTTP allows (IMF-fixdate and the two obsolete ones) contain letters; a bare
  // number was handled above, so anything Date.parse reads here is a date, not a misread integer.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  // A date in the past means "now".
  return Math.max(0, at - nowMs);
}
