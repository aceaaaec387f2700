/**
 * Serving the mock backend over real HTTP with node:http: the same msw handlers, no interception.
 * `insights-connector serve` can use {@link serveBackend}; any HTTP stack can use
 * {@link createRequestListener}, or `@mswjs/http-middleware` (the handlers match any origin).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import type { Backend } from './backend.js';
import { defaultMaxBodyBytes } from './backend.js';

export interface RequestListenerOptions {
  /** Bodies are read up to one byte past this limit, so handlers can answer 413 without buffering more. */
  maxBodyBytes?: number;
}

// Hop-by-hop and framing headers describe the socket, not the request the handlers see.
const SKIPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect', 'content-length', 'host']);

function odataError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    // Past the limit the rest is drained, not kept: stopping early would reset a keep-alive socket.
    if (size > limit) continue;
    chunks.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(chunks, size).subarray(0, limit + 1);
}

interface Route {
  handler: HttpHandler;
  method: string | RegExp;
  pattern: RegExp | undefined;
}

/**
 * msw compiles each handler's path pattern on every request it tests, so asking all 24 handlers
 * costs more than the operation itself. A precompiled pre-match picks the one candidate; msw then
 * resolves it with its usual semantics (and all handlers are tried if the pre-match finds none).
 */
function routeOf(handler: HttpHandler): Route {
  const { method, path } = handler.info;
  if (typeof path !== 'string') return { handler, method, pattern: undefined };
  const source = path
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { handler, method, pattern: new RegExp(`^${source}/?$`) };
}

/** Handlers with custom predicates (they guard the others) always go first, then the one path match. */
function candidates(routes: readonly Route[], method: string, url: URL): HttpHandler[] {
  const target = `${url.origin}${url.pathname}`;
  const guards = routes.filter((route) => route.pattern === undefined).map((route) => route.handler);
  for (const route of routes) {
    const methodMatches = typeof route.method === 'string' ? route.method.toUpperCase() === method : route.method.test(method);
    if (methodMatches && route.pattern?.test(target)) return [...guards, route.handler];
  }
  return [];
}

/** A node:http request listener that answers with the first matching handler, or an OData 404. */
export function createRequestListener(handlers: HttpHandler[], options: RequestListenerOptions = {}) {
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const routes = handlers.map(routeOf);
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const method = req.method ?? 'GET';
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || SKIPPED_HEADERS.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const body = hasBody ? await readBody(req, limit) : undefined;
      const request = new Request(new URL(req.url ?? '/', origin), { method, headers, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) });
      const preferred = candidates(routes, method.toUpperCase(), new URL(request.url));
      const response = (preferred.length > 0 ? await getResponse(preferred, request) : undefined) ?? (await getResponse(handlers, request));
      if (!response) {
        odataError(res, 404, 'NotFound', `No operation of the connector answers ${method} ${new URL(request.url).pathname}`);
        return;
      }
      const payload = Buffer.from(await response.arrayBuffer());
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      out['content-length'] = String(payload.length);
      res.writeHead(response.status, out);
      res.end(payload);
    })().catch((error: unknown) => {
      if (!res.headersSent) odataError(res, 500, 'InternalError', error instanceof Error ? error.message : String(error));
      else res.destroy();
    });
  };
}

export interface ServedBackend {
  /** e.g. `http://127.0.0.1:43123` */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens on `host:port` (default 127.0.0.1, a free port) and serves the backend's handlers. */
export function serveBackend(backend: Pick<Backend, 'handlers'>, options: { port?: number; host?: string; maxBodyBytes?: number } = {}): Promise<ServedBackend> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createRequestListener(backend.handlers, options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
