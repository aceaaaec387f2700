/**
 * What every handler shares: the typed, origin-agnostic `http` factory, the backend it serves,
 * and `guarded()`, which authenticates, throttles and turns errors into OData-style bodies.
 */
import { bodyResponse } from '../../scripts/http/direct-response.js';
import { createServableHttp, requestHeader, requestUrl } from '../../scripts/http/servable-http.js';
import type { paths } from '../../generated/types.js';
import { ODataSyntaxError } from '../odata/index.js';
import { ApiError, badRequest } from '../store/errors.js';
import type { Events } from '../store/events.js';
import type { Store } from '../store/store.js';
import type { Throttle } from '../store/throttle.js';

/**
 * Handlers typed against the generated `paths`, so a handler that drifts from the definition fails
 * the type check. They match any origin under msw (in-process tests), and `serve` calls the same
 * resolvers straight from its route index (scripts/http/servable-http.ts).
 */
export const http = createServableHttp<paths>();

export interface HandlerContext {
  store: Store;
  throttle: Throttle;
  events: Events;
  /** Request bodies larger than this are refused with 413. */
  maxBodyBytes: number;
}

/** One authenticated, admitted call. */
export interface Call {
  /** The bearer token: the connection the call counts against. */
  connection: string;
  url: URL;
  query: URLSearchParams;
}

interface ResolverInfo<R> {
  request: Request;
  response: { untyped(response: Response): R };
}

export function errorResponse(error: unknown): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : error instanceof ODataSyntaxError
        ? badRequest('InvalidQuery', error.message)
        : new ApiError(500, 'InternalError', `The mock backend failed: ${error instanceof Error ? error.message : String(error)}`);
  // bodyResponse: the same answer as Response.json, which serve then writes without reading it back.
  return bodyResponse(JSON.stringify(apiError.toBody()), { status: apiError.status, headers: apiError.headers }, 'application/json');
}

function authenticate(info: { request: Request }): string {
  const header = requestHeader(info, 'authorization');
  const match = header ? /^Bearer\s+(\S.*)$/i.exec(header.trim()) : null;
  if (!match) {
    throw new ApiError(401, 'Unauthorized', 'Missing or malformed Authorization header; expected "Authorization: Bearer <token>"', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return match[1]!.trim();
}

/**
 * Runs a handler body after authentication and throttling. Errors become `{ error: { code, message } }`
 * with their status; an unexpected exception is a 500, which only a bug in the mock can cause.
 */
export async function guarded<R>(ctx: HandlerContext, info: ResolverInfo<R>, body: (call: Call) => R | Promise<R>): Promise<R> {
  try {
    const connection = authenticate(info);
    const decision = ctx.throttle.take(connection);
    if (!decision.allowed) {
      const policy = ctx.throttle.policy!;
      throw new ApiError(
        429,
        'TooManyRequests',
        `Rate limit is exceeded: ${policy.calls} calls per ${policy.renewalPeriodSeconds} seconds per connection. Try again in ${decision.retryAfterSeconds} seconds.`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    const url = requestUrl(info);
    return await body({ connection, url, query: url.searchParams });
  } catch (error) {
    return info.response.untyped(errorResponse(error));
  }
}

/** Reads a JSON body, refusing oversized (413) and malformed (400) ones. */
export async function readJson(ctx: HandlerContext, request: Request): Promise<unknown> {
  const tooLarge = () =>
    new ApiError(413, 'PayloadTooLarge', `The request body exceeds the limit of ${ctx.maxBodyBytes} bytes`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > ctx.maxBodyBytes) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > ctx.maxBodyBytes) throw tooLarge();
  if (bytes.byteLength === 0) throw badRequest('InvalidJson', 'The request body is empty; a JSON object is required');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw badRequest('InvalidJson', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A required query parameter. */
export function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value.trim() === '') throw badRequest('MissingParameter', `The query parameter '${name}' is required`);
  return value;
}

/** An optional non-negative integer query parameter. */
export function integerParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) {
    throw badRequest('InvalidParameter', `The query parameter '${name}' must be a non-negative integer, got '${raw}'`);
  }
  return Number(raw);
}
