/**
 * How a trigger subscription's request is read, by the mock backend and by the gateway alike: the
 * `callbackUrl` field of its JSON body and the trigger's number and boolean query parameters, with
 * the same 400s. What a callback URL must be, and how long a parameter may be, stays each side's
 * own (the gateway keeps an allow-list of callback hosts; the mock takes any http(s) URL).
 */
import { badRequest } from '../store/errors.js';

/** The body's `callbackUrl` as it came (of any type); `undefined` when the body is not a JSON object. */
export function callbackUrlField(body: unknown): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['callbackUrl'] : undefined;
}

/** `raw`, the value of the query parameter `name` (already known to be given), as a number: 400 when it is none, or not an integer where one is asked for. */
export function parseNumberParam(name: string, raw: string, integer: boolean): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) {
    throw badRequest('InvalidParameter', `The query parameter '${name}' must be ${integer ? 'an integer' : 'a number'}, got '${raw}'`);
  }
  return value;
}

/** The query parameter `name` as true or false (any case); `undefined` when it is absent or empty, 400 for anything else. */
export function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const lower = raw.toLowerCase();
  if (lower !== 'true' && lower !== 'false') throw badRequest('InvalidParameter', `The query parameter '${name}' must be true or false, got '${raw}'`);
  return lower === 'true';
}
