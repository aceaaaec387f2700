/**
 * The gateway's HTTP layer: node:http with the same adapter and route index as `serve`
 * (scripts/http/http-adapter.ts, direct-dispatch.ts), so both speak the connector's contract the same
 * way; only the handlers behind them differ (the mock's store here, the REST API there).
 *
 * Per request: a correlation id (the caller's `x-ms-client-request-id` or `x-correlation-id` when
 * it looks like one, else a random one), echoed in the answer and passed to the handlers and the
 * REST API; one JSON log line with method, path, status and time, never a token or a query.
 * `GET /healthz` answers while the process is up; `GET /readyz` asks `ready()`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { HttpHandler } from 'msw';
import { createDirectDispatcher, MalformedPathError } from '../scripts/http/direct-dispatch.js';
import { BodyTooLargeError, errorBody, readBody, readHead, requestOrigin, sendFetchResponse, sendJson, toFetchRequest } from '../scripts/http/http-adapter.js';
import { closeServer, listen, ListenError } from '../scripts/http/listen.js';
import type { Logger } from './log.js';
import { CORRELATION_HEADER } from './mappings/context.js';

export { ListenError };

/** Item bodies are single records; the REST API's own limit for a real-time write is far below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

const CLIENT_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export interface Readiness {
  ok: boolean;
  checks: Record<string, { ok: boolean; reason?: string }>;
}

export interface GatewayServerOptions {
  handlers: readonly HttpHandler[];
  log: Logger;
  ready(): Promise<Readiness>;
  host: string;
  port: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The caller's id when it is safe to reuse (and to log), else a fresh one. */
export function correlationIdOf(req: IncomingMessage): string {
  for (const name of ['x-ms-client-request-id', 'x-correlation-id']) {
    const raw = req.headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value && CLIENT_ID_PATTERN.test(value)) return value;
  }
  return randomUUID();
}

export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningServer> {
  const { log } = options;
  const dispatch = createDirectDispatcher(options.handlers);
  const server = createServer({ keepAliveTimeout: 5_000, requestTimeout: 130_000 });
  let ownOrigin = `http://${options.host}`;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const correlationId = correlationIdOf(req);
    res.setHeader(CORRELATION_HEADER, correlationId);
    res.once('finish', () =>
      log.log({
        event: 'request',
        correlationId,
        method: req.method,
        path: (req.url ?? '/').split('?')[0]!.slice(0, 300),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 100) / 100,
      }),
    );
    handle(req, res, correlationId).catch((error: unknown) => {
      log.log({ event: 'error', correlationId, method: req.method, error });
      if (!res.headersSent) sendJson(res, 500, errorBody('GatewayError', `The gateway failed to answer this request (correlation id ${correlationId})`));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, correlationId: string): Promise<void> {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const path = rawUrl.split('?')[0]!;
    if (method === 'GET' && (path === '/healthz' || path === '/readyz')) {
      req.resume();
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      const readiness = await options.ready();
      return sendJson(res, readiness.ok ? 200 : 503, { status: readiness.ok ? 'ready' : 'not ready', checks: readiness.checks });
    }
    const head = readHead(req);
    let body: Buffer | undefined;
    try {
      body = await readBody(req, MAX_BODY_BYTES, head);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, errorBody('PayloadTooLarge', error.message), { connection: 'close' });
      throw error;
    }
    const origin = requestOrigin(head, ownOrigin);
    let url: URL;
    try {
      url = new URL(origin + rawUrl);
    } catch (error) {
      return sendJson(res, 400, errorBody('InvalidUrl', `Cannot read the request target '${rawUrl.slice(0, 100)}': ${(error as Error).message}`));
    }
    head.headers.set(CORRELATION_HEADER, correlationId);
    let request: Request | undefined;
    const call = { method: method.toUpperCase(), url, headers: head.headers, request: () => (request ??= toFetchRequest(req, origin, body, head)) };
    let response: Response | undefined;
    try {
      response = await dispatch(call);
    } catch (error) {
      if (!(error instanceof MalformedPathError)) throw error;
      return sendJson(res, 400, errorBody('InvalidUrl', error.message));
    }
    if (!response) {
      return sendJson(res, 404, errorBody('OperationNotFound', `No operation of the connector answers ${method} ${path.slice(0, 200)}; see generated/apiDefinition.swagger.json for the paths`));
    }
    await sendFetchResponse(res, response, method);
  }

  const port = await listen(server, options.host, options.port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  ownOrigin = `http://${shownHost}:${port}`;
  return { server, url: ownOrigin, port, close: () => closeServer(server) };
}
