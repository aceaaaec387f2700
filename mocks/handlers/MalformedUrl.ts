import type { HttpHandler } from 'msw';
import { errorResponse, http } from './context.js';
import { badRequest } from '../store/errors.js';

function undecodable(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Not an operation: msw decodes path parameters while matching and throws on malformed percent
 * escapes (`/items/%E0%A4%A`) before any resolver runs, which would surface as a 500. This
 * guard comes first and answers such requests with a 400 (served directly, guards run before the
 * route index too).
 */
export function MalformedUrl(): HttpHandler {
  return http.guard(
    (url) => undecodable(url),
    () => errorResponse(badRequest('InvalidUrl', 'The request path has a malformed percent-encoding')),
  );
}
