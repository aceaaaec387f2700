/**
 * Every non-2xx answer reaches the caller as the OData error body Customer Insights uses,
 * `{ "error": { "code", "message" } }`, in openapi-fetch's `error` field, so callers can branch on
 * `error.error.code` without guarding against strings, empty bodies or HTML from a proxy.
 */
import { errorCodeForStatus } from '../scripts/core/http-status-code.js';

export interface ODataError {
  error: {
    code: string;
    message: string;
  };
}

export function isODataError(value: unknown): value is ODataError {
  if (typeof value !== 'object' || value === null) return false;
  const inner = (value as { error?: unknown }).error;
  if (typeof inner !== 'object' || inner === null) return false;
  const { code, message } = inner as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

/**
 * Returns `response` untouched when it succeeded or already carries an OData error body; otherwise
 * a copy (same status and headers) whose body is an OData error describing what came back.
 */
export async function withODataErrorBody(response: Response): Promise<Response> {
  if (response.ok) return response;
  const text = await response.clone().text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (isODataError(parsed)) return response;
  const body: ODataError = {
    error: {
      code: codeForStatus(response.status),
      message: describe(response, text),
    },
  };
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'application/json');
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}

function describe(response: Response, text: string): string {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const detail = text.trim().slice(0, 500);
  if (response.status === 429) {
    const retryAfter = response.headers.get('Retry-After');
    return `${status}: the connection's call budget is spent${retryAfter ? ` (Retry-After: ${retryAfter})` : ''} and the client ran out of retries.${detail ? ` ${detail}` : ''}`;
  }
  return detail ? `${status}: ${detail}` : status;
}

function codeForStatus(status: number): string {
  return errorCodeForStatus(status) ?? `Http${status}`;
}
