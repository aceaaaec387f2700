/**
 * The REST client of the Customer Insights API, as Microsoft's own sample calls it: the caller's
 * bearer token forwarded as it came, plus the environment's `Ocp-Apim-Subscription-Key`, which the
 * gateway keeps and makers never see.
 *
 * Every answer that is not 2xx becomes an {@link ApiError} in the connector's error shape with the
 * upstream status (401/403/404/409/429 stay what they are, so a flow sees the real reason); a
 * network failure is 502 and a timeout 504. A 429 is retried once after its `Retry-After` when that
 * wait is short (an action's caller is waiting), otherwise it goes back with its `Retry-After`.
 */
import { errorCodeForStatus } from '../../scripts/core/http-status-code.js';
import { parseRetryAfter } from '../../scripts/core/pacing/retry-after.js';
import { BodyTooLargeError, decodeJsonOrText, readBodyText } from '../../scripts/core/read-body.js';
import { ApiError } from '../../mocks/index.js';
import { silentLogger, type Logger } from '../log.js';

export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the API URL, already encoded, e.g. `/instances/${id}/manage/segments`. */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** The body's media type; JSON by default (the data writes use `application/json-patch+json`). */
  contentType?: string;
  /** Bearer token, without "Bearer ". */
  token: string;
  /** Selects the subscription key from the configuration. */
  instanceId?: string;
  correlationId?: string;
  /** Wait for a short Retry-After and retry once; default true. */
  retryOn429?: boolean;
}

export interface UpstreamResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface UpstreamClient {
  request<T = unknown>(req: UpstreamRequest): Promise<UpstreamResponse<T>>;
}

export interface UpstreamClientOptions {
  /** Base URL of the REST API, e.g. `https://api.ci.ai.dynamics.com/v1`. */
  apiUrl: string;
  subscriptionKeyFor(instanceId?: string): string | undefined;
  fetch?: typeof fetch;
  log?: Logger;
  /** A call that takes longer is abandoned with 504. Default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The longest Retry-After the client waits out before its one retry. Default {@link DEFAULT_MAX_RETRY_WAIT_MS}. */
  maxRetryWaitMs?: number;
  /** Answers larger than this are refused with 502, so one call cannot exhaust memory. */
  maxResponseBytes?: number;
  /** How the client waits for Retry-After (tests pass a recording one). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Power Automate abandons an action after 120 s; an upstream call gets well under half of that. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Longer waits are the caller's to make: the 429 goes back with its Retry-After. */
export const DEFAULT_MAX_RETRY_WAIT_MS = 5_000;
/** 100 rows per page of wide profiles stay far below this. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const base = options.apiUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const log = options.log ?? silentLogger;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;

  async function once(req: UpstreamRequest, url: string, attempt: number): Promise<{ response: Response; text: string }> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${req.token}` };
    const key = options.subscriptionKeyFor(req.instanceId);
    if (key !== undefined && key !== '') headers['ocp-apim-subscription-key'] = key;
    if (req.correlationId) headers['x-ms-client-request-id'] = req.correlationId;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = req.contentType ?? 'application/json';
    }
    const started = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, { method: req.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      text = await readBounded(response, maxBytes);
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      log.log({ event: 'upstream', correlationId: req.correlationId, method: req.method, path: req.path, attempt, error: describe(error), ms: round(performance.now() - started) });
      if (error instanceof ApiError) throw error;
      throw timedOut
        ? new ApiError(504, 'UpstreamTimeout', `The Customer Insights API did not answer ${req.method} ${req.path} within ${timeoutMs} ms`)
        : new ApiError(502, 'UpstreamUnreachable', `The Customer Insights API could not be reached for ${req.method} ${req.path}: ${describe(error)}`);
    }
    log.log({ event: 'upstream', correlationId: req.correlationId, method: req.method, path: req.path, attempt, status: response.status, ms: round(performance.now() - started) });
    return { response, text };
  }

  return {
    async request<T>(req: UpstreamRequest): Promise<UpstreamResponse<T>> {
      const url = base + req.path + queryString(req.query);
      let { response, text } = await once(req, url, 1);
      if (response.status === 429 && req.retryOn429 !== false) {
        const waitMs = parseRetryAfter(response.headers.get('retry-after'), now());
        if (waitMs !== undefined && waitMs <= maxRetryWaitMs) {
          await sleep(waitMs);
          ({ response, text } = await once(req, url, 2));
        }
      }
      if (response.status < 200 || response.status > 299) throw upstreamError(req, response, text);
      return { status: response.status, headers: response.headers, body: parseBody(text, response) as T };
    },
  };
}

/** `?a=1&$filter=…` with spaces as %20 (OData readers differ on `+`), `$` kept readable, undefined dropped. */
export function queryString(query: Record<string, string | undefined> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    parts.push(`${encodeURIComponent(name).replace(/^%24/, '$')}=${encodeURIComponent(value)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  try {
    return await readBodyText(response, maxBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    throw new ApiError(
      502,
      'UpstreamResponseTooLarge',
      error.declaredBytes !== undefined
        ? `The Customer Insights API answered ${error.declaredBytes} bytes, more than the gateway's limit of ${maxBytes}`
        : `The Customer Insights API answered more than the gateway's limit of ${maxBytes} bytes`,
    );
  }
}

/** JSON when the answer says so or starts like JSON (and parses); its text otherwise; `undefined` when empty. */
function parseBody(text: string, response: Response): unknown {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') || /^\s*[[{"]/.test(text) ? decodeJsonOrText(text) : text || undefined;
}

/**
 * The REST API answers errors as `ODataError` (`errorCode`, `message`) on data routes,
 * `ApiErrorResult` (`errorCode`, `message`) on management routes, and APIM's own
 * `{ statusCode, message }` for key and rate problems; some proxies send OData v4's
 * `{ error: { code, message } }`. All of them become `{ error: { code, message } }` here.
 */
export function upstreamError(req: Pick<UpstreamRequest, 'method' | 'path'>, response: Response, text: string): ApiError {
  const body = parseBody(text, response);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const nested = typeof fields.error === 'object' && fields.error !== null ? (fields.error as Record<string, unknown>) : {};
  const code = firstString(nested.code, fields.errorCode, fields.code, fields.name) ?? defaultCode(response.status);
  const detail = firstString(nested.message, fields.message, typeof body === 'string' ? body.slice(0, 500) : undefined);
  const message = `The Customer Insights API answered ${response.status} to ${req.method} ${req.path.split('?')[0]}${detail ? `: ${detail}` : ''}`;
  const headers: Record<string, string> = {};
  const retryAfter = response.headers.get('retry-after');
  if (response.status === 429) headers['Retry-After'] = retryAfter ?? '60';
  else if (retryAfter) headers['Retry-After'] = retryAfter;
  const challenge = response.headers.get('www-authenticate');
  if (response.status === 401) headers['WWW-Authenticate'] = challenge ?? 'Bearer';
  // A redirect is not followed (it could lead anywhere, with the caller's token); it is a bad gateway.
  const status = response.status >= 300 && response.status < 400 ? 502 : response.status;
  return new ApiError(status, code, message, headers);
}

/** The code of an answer that names none: 5xx is the upstream's failure, a status the table lacks keeps its number. */
function defaultCode(status: number): string {
  if (status >= 500) return 'UpstreamError';
  return errorCodeForStatus(status) ?? `Upstream${status}`;
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
