/**
 * The fake over real HTTP (node:http on 127.0.0.1): records each call, applies `failNext`
 * rules, checks the subscription key and the bearer token like the API gateway in front of the
 * service, checks access to the instance, routes, and answers JSON in the route's error model.
 * Secrets never appear in answers or in {@link FakeRestApi.calls}.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../store/clock.js';
import { ApiError } from '../store/errors.js';
import type { BackendData } from '../store/model.js';
import { createSampleData } from '../data/index.js';
import { canRead } from './access.js';
import { defaultMaxRecordedCalls, defaultSubscriptionKey, maxRequestBodyBytes } from './defaults.js';
import { describedQuery } from './described-query.js';
import { createLake, lakePrefix } from './lake.js';
import { createControl, type FailRule, type FakeRestApiControl } from './control.js';
import { gatewayBody, RestError, type ErrorModel } from './errors.js';
import { Router } from './router.js';
import { routes, type RouteAnswer, type RouteContext } from './routes/index.js';
import { FakeState } from './state.js';
import { checkBearer } from './token.js';

export interface FakeRestApiOptions {
  /** 0 = any free port (default). */
  port?: number;
  /** Default `createSampleData()`; the fake takes ownership and mutates it. */
  data?: BackendData;
  /** The `Ocp-Apim-Subscription-Key` value the fake requires (default {@link defaultSubscriptionKey}). */
  subscriptionKey?: string;
  /** Stamps state changes (evaluations, refreshes, jobs); token expiry is checked against wall-clock time. */
  clock?: Clock;
  /** `calls` keeps at most this many (default {@link defaultMaxRecordedCalls}); beyond, the oldest tenth is dropped. */
  maxRecordedCalls?: number;
  /** A request must arrive whole within this (default {@link requestTimeoutMs}); slower ones get 408. */
  requestTimeoutMs?: number;
}

export interface RecordedCall {
  method: string;
  /** Relative to `/v1`, e.g. `/instances/…/manage/segments`. */
  path: string;
  /** Query options as sent, except `subscription-key`. */
  query: Record<string, string>;
}

export interface FakeRestApi {
  /** Base URL ending in `/v1`, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  close(): Promise<void>;
  /** Every call received, in order. */
  calls: RecordedCall[];
  control: FakeRestApiControl;
}


/** Error codes of injected failures, after .NET's status names. */
const failureCodes: Record<number, string> = { 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout' };

/** A request must arrive whole within these (slow or stalled clients are cut off, never waited on). */
export const requestTimeoutMs = 30_000;
export const headersTimeoutMs = 10_000;

const subscriptionKeyHeader = 'ocp-apim-subscription-key';
const subscriptionKeyQuery = 'subscription-key';
const jsonTypes = /^(application\/json|application\/json-patch\+json|text\/json|application\/[\w.+-]+\+json)\s*(;|$)/i;

export async function startFakeRestApi(options: FakeRestApiOptions = {}): Promise<FakeRestApi> {
  const state = new FakeState(options.data ?? createSampleData(), options.clock ?? systemClock);
  const subscriptionKey = options.subscriptionKey ?? defaultSubscriptionKey;
  const router = new Router(routes);
  const failRules: FailRule[] = [];
  const calls: RecordedCall[] = [];
  const maxRecordedCalls = options.maxRecordedCalls ?? defaultMaxRecordedCalls;
  if (!Number.isSafeInteger(maxRecordedCalls) || maxRecordedCalls < 1) throw new RangeError(`maxRecordedCalls must be a positive integer, got ${maxRecordedCalls}`);
  let origin = '';
  let apiUrl = '';
  const lake = createLake(state, () => origin);

  const requestTimeout = options.requestTimeoutMs ?? requestTimeoutMs;
  if (!Number.isSafeInteger(requestTimeout) || requestTimeout < 1) throw new RangeError(`requestTimeoutMs must be a positive integer, got ${requestTimeout}`);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(headersTimeoutMs, requestTimeout),
      // Node checks the timeouts on this interval (30 s by default), so short timeouts need a short one.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(requestTimeout / 2))),
    },
    (request, response) => {
      handle(request, response).catch(() => {
        if (!response.headersSent) send(response, 500, gatewayBody(500, 'Internal error in the fake REST API.'));
        else response.destroy();
      });
    },
  );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    if (url.pathname.startsWith(lakePrefix)) return lake.serve(request, response, url);
    if (url.pathname !== '/v1' && !url.pathname.startsWith('/v1/')) {
      request.resume();
      return send(response, 404, gatewayBody(404, 'Resource not found'));
    }
    const path = url.pathname.slice(3) || '/';
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) if (name.toLowerCase() !== subscriptionKeyQuery) query[name] = value;
    calls.push({ method, path, query });
    if (calls.length > maxRecordedCalls) calls.splice(0, Math.ceil(maxRecordedCalls / 10));

    const rule = failRules.find((r) => r.remaining > 0 && (!r.method || r.method === method) && r.path.test(path));
    if (rule) {
      rule.remaining--;
      if (rule.remaining === 0) failRules.splice(failRules.indexOf(rule), 1);
      request.resume();
      let model: ErrorModel | undefined;
      try {
        model = router.match(path).find((m) => m.route.method === method)?.route.errorModel;
      } catch {
        model = undefined;
      }
      return sendFailure(response, rule, model);
    }

    const key = header(request, subscriptionKeyHeader) ?? url.searchParams.get(subscriptionKeyQuery) ?? undefined;
    if (!key) {
      request.resume();
      return send(response, 401, gatewayBody(401, 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.'));
    }
    if (!sameSecret(key, subscriptionKey)) {
      request.resume();
      return send(response, 401, gatewayBody(401, 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.'));
    }
    const token = checkBearer(header(request, 'authorization'));
    if (!token.ok) {
      request.resume();
      return send(response, 401, gatewayBody(401, token.reason), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }

    let matches;
    try {
      matches = router.match(path);
    } catch (error) {
      request.resume();
      return sendError(response, error, 'ApiErrorResult');
    }
    const match = matches.find((m) => m.route.method === method);
    if (!match) {
      request.resume();
      if (matches.length > 0) {
        const allow = [...new Set(matches.map((m) => m.route.method))].join(', ');
        return sendError(response, new RestError(405, 'MethodNotAllowed', `${method} is not allowed on ${path}; allowed: ${allow}.`, { headers: { Allow: allow } }), matches[0]!.route.errorModel);
      }
      return sendError(response, new RestError(404, 'RouteNotFound', `No operation of the API matches ${method} ${path}.`), 'ApiErrorResult');
    }
    const { route, params } = match;
    try {
      const context: RouteContext = { state, params, query: describedQuery(route.operationId, url.searchParams), body: undefined, apiUrl, identity: token.identity, partitionLocation: lake.location };
      const instanceId = params['instanceId'];
      if (instanceId !== undefined) {
        const instance = state.instance(instanceId);
        if (!canRead(instance, token.identity)) {
          throw new RestError(403, 'Forbidden', `The caller has no access to instance '${instance.store.id}'.`, { culprit: 'user' });
        }
        context.instance = instance;
      }
      context.body = await readBody(request, method);
      send(response, ...answer(route.handle(context)));
    } catch (error) {
      request.resume();
      sendError(response, error, route.errorModel);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  apiUrl = `${origin}/v1`;

  return {
    url: apiUrl,
    calls,
    control: createControl(state, failRules),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Compares secrets in constant time (digests, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function answer(result: RouteAnswer): [number, unknown, Record<string, string>] {
  return [result.status, result.body, result.headers ?? {}];
}

async function readBody(request: IncomingMessage, method: string): Promise<unknown> {
  if (method === 'GET' || method === 'DELETE' || method === 'HEAD') {
    request.resume();
    return undefined;
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxRequestBodyBytes) throw new RestError(413, 'PayloadTooLarge', `The request body is over ${maxRequestBodyBytes} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxRequestBodyBytes) throw new RestError(413, 'PayloadTooLarge', `The request body is over ${maxRequestBodyBytes} bytes.`);
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const type = request.headers['content-type'] ?? '';
  if (!jsonTypes.test(type)) throw new RestError(415, 'UnsupportedMediaType', `The request body must be JSON, got content type '${type}'.`);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RestError(400, 'InvalidJson', 'The request body is not valid JSON.', { target: 'body' });
  }
}

function sendFailure(response: ServerResponse, rule: FailRule, model: ErrorModel | undefined): void {
  const headers: Record<string, string> = {};
  const retryAfter = rule.retryAfterSeconds ?? (rule.status === 429 ? 1 : undefined);
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  if (rule.status === 429) {
    return send(response, 429, gatewayBody(429, `Rate limit is exceeded. Try again in ${retryAfter} seconds.`), headers);
  }
  const error = new RestError(rule.status, failureCodes[rule.status] ?? 'InjectedFailure', `Failure injected by the fake REST API (${rule.status}).`);
  send(response, rule.status, error.body(model ?? 'ApiErrorResult'), headers);
}

function sendError(response: ServerResponse, error: unknown, model: ErrorModel): void {
  if (error instanceof ApiError) error = new RestError(error.status, error.code, error.message);
  if (error instanceof RestError) return send(response, error.status, error.body(model), error.options.headers ?? {});
  send(response, 500, new RestError(500, 'InternalError', 'Internal error in the fake REST API.').body(model));
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204 || body === undefined) {
    response.writeHead(status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}
