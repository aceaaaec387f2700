/**
 * The mock Customer Insights backend over real HTTP: the msw handlers of mocks/ (the same ones the
 * contract tests use) behind a node:http server on 127.0.0.1, plus the control surface under
 * `/_control/` that fires the connector's triggers on demand.
 *
 * Nothing here patches global fetch: requests arrive on a real socket, and the handler of their
 * route is looked up in an index and called directly (scripts/http/direct-dispatch.ts: the same
 * resolvers the contract tests run under msw, without msw's per-request machinery); webhook notifications leave through `postJson` (scripts/core/outbound-post.ts),
 * which refuses private, loopback and link-local targets unless local callbacks are allowed, pins
 * the address it checked, follows no redirect and bounds both the wait and the answer it reads.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createBackend, type Backend, type BackendData, type BackendLimits, type Clock, type ThrottlePolicy } from '../../mocks/index.js';
import { connectionOf, NO_CONNECTION } from './connection.js';
import { handleControl } from './control.js';
import { createDirectDispatcher, MalformedPathError } from '../http/direct-dispatch.js';
import { OutboundRefusedError, postJson, type OutboundPolicy } from '../core/outbound-post.js';
import { BodyTooLargeError, ClientAbortError, errorBody, readBody, readHead, requestOrigin, sendFetchResponse, sendJson, toFetchRequest } from '../http/http-adapter.js';
import { closeServer, listen, ListenError } from '../http/listen.js';

import { DEFAULT_PORT, HOST } from './defaults.js';

export { DEFAULT_PORT, HOST, ListenError };

/** A callback that does not answer within this time counts as a failed delivery, so a control call never hangs. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

/** How much of a callback's answer a delivery reads; only its status matters, the rest is dropped. */
export const DELIVERY_MAX_RESPONSE_BYTES = 64 * 1024;

/** The header that carries `--control-token` to the control surface. */
export const CONTROL_TOKEN_HEADER = 'x-control-token';

// A request that came through a proxy or tunnel says so in one of these; the control surface
// treats it as remote even though its socket is on the loopback interface.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'];

export type { Backend };

export interface ServerOptions {
  /** 0 (the default here) lets the system pick a free port; the CLI defaults to {@link DEFAULT_PORT}. */
  port?: number;
  /** Instances and entities to serve; the embedded sample data when omitted. */
  data?: BackendData;
  /** Time source for throttling and event timestamps (tests pass a manual clock). */
  clock?: Clock;
  /**
   * Calls per connection per period; `false` turns throttling off. Default: the connector's policy,
   * 100 calls per 60 s per bearer token.
   */
  throttle?: ThrottlePolicy | false;
  /** Receives one line per request; `false` turns request logging off (the benchmark does). */
  log?: ((line: string) => void) | false;
  /** How long a webhook callback may take to answer before the delivery counts as failed. */
  deliveryTimeoutMs?: number;
  /**
   * Deliver to loopback, private and link-local callback URLs (a receiver on this machine). Off by
   * default: a tunnelled server would otherwise post wherever a caller points it.
   */
  allowLocalCallbacks?: boolean;
  /**
   * When set, `/_control` also answers requests that present it in the `X-Control-Token` header,
   * from anywhere; without it, only loopback requests that carry no forwarding headers.
   */
  controlToken?: string;
  /** Bounds on bodies, subscriptions, stored items and answers; see mocks/store/limits.ts. */
  limits?: Partial<BackendLimits>;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  port: number;
  backend: Backend;
  /** Stops accepting connections, drops idle keep-alive ones, and resolves once the server is closed. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  // The timeout (postJson's own timer, which a garbage collection cannot lose) keeps one
  // unresponsive callback from holding a control request open; closing the server abandons
  // deliveries still waiting for their callback, so shutdown is prompt.
  const policy: OutboundPolicy = {
    allowLocal: options.allowLocalCallbacks === true,
    timeoutMs: options.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS,
    maxResponseBytes: DELIVERY_MAX_RESPONSE_BYTES,
  };
  const closing = new AbortController();
  const backend = createBackend({
    ...(options.data ? { data: options.data } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.throttle !== undefined ? { throttle: options.throttle } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    post: (url, payload) =>
      postJson(url, payload, policy, undefined, { signal: closing.signal }).catch((error: unknown) => {
        // Say how to allow a receiver on this machine, which is what a refusal usually means here.
        if (error instanceof OutboundRefusedError && !policy.allowLocal && /not public/.test(error.message)) {
          throw new OutboundRefusedError(`${error.message} (serve --allow-local-callbacks delivers to this machine and private networks)`, error.target);
        }
        throw error;
      }),
  });
  const maxBodyBytes = backend.store.limits.maxBodyBytes;
  const controlToken = options.controlToken === undefined || options.controlToken === '' ? undefined : Buffer.from(options.controlToken);
  const log = options.log === false ? undefined : (options.log ?? ((line: string) => process.stdout.write(line + '\n')));

  const dispatch = createDirectDispatcher(backend.handlers);
  const server = createServer({ keepAliveTimeout: 5_000 });
  let ownOrigin = `http://${HOST}`;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    if (log) {
      res.once('finish', () => log(logLine(req, res.statusCode, performance.now() - started)));
    }
    handle(req, res).catch((error: unknown) => {
      // The client went away mid-request: nobody is left to answer, and it is not our failure.
      if (error instanceof ClientAbortError || req.destroyed) {
        res.destroy();
        return;
      }
      // A bug in a handler or in this adapter: answer 500 rather than dropping the socket, and
      // leave the stack for whoever runs the server.
      process.stderr.write(`insights-connector serve: ${req.method} ${req.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!res.headersSent) sendJson(res, 500, errorBody('InternalError', 'The mock backend failed to answer this request; see its console'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const head = readHead(req);
    const origin = requestOrigin(head, ownOrigin);
    let body: Buffer | undefined;
    try {
      body = await readBody(req, maxBodyBytes, head);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, errorBody('PayloadTooLarge', error.message), { connection: 'close' });
        return;
      }
      throw error;
    }

    if (isControlPath(rawUrl)) {
      if (!controlAllowed(req)) {
        sendJson(
          res,
          403,
          errorBody(
            'ControlForbidden',
            controlToken
              ? `The control surface answers loopback requests without forwarding headers, or requests with the right ${CONTROL_TOKEN_HEADER} header`
              : 'The control surface answers only requests from this machine that did not come through a proxy or tunnel; start serve with --control-token to reach it from elsewhere',
          ),
        );
        return;
      }
      let parsed: unknown;
      if (body !== undefined) {
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch (error) {
          sendJson(res, 400, errorBody('InvalidControlRequest', `The body is not valid JSON: ${(error as Error).message}`));
          return;
        }
      }
      const path = rawUrl.slice('/_control'.length).split('?')[0]!;
      const answer = await handleControl(backend, { method, path, body: parsed, origin });
      sendJson(res, answer.status, answer.body, answer.headers);
      return;
    }

    let url: URL;
    try {
      url = new URL(origin + rawUrl);
    } catch (error) {
      // A request target no URL can be built from, such as the `*` of `OPTIONS *`.
      sendJson(res, 400, errorBody('InvalidUrl', `Cannot read the request target '${rawUrl.slice(0, 100)}': ${(error as Error).message}`));
      return;
    }
    // HEAD is GET without the body: the GET handler answers and sendFetchResponse drops the body.
    const routed = method === 'HEAD' ? 'GET' : method;
    let request: Request | undefined;
    const call = { method: routed, url, headers: head.headers, request: () => (request ??= toFetchRequest(req, origin, body, head, routed)) };
    let response: Response | undefined;
    try {
      response = await dispatch(call);
    } catch (error) {
      if (!(error instanceof MalformedPathError)) throw error;
      sendJson(res, 400, errorBody('InvalidUrl', error.message));
      return;
    }
    if (!response) {
      sendJson(
        res,
        404,
        errorBody('OperationNotFound', `No operation of the connector answers ${method} ${rawUrl.split('?')[0]}; see generated/apiDefinition.swagger.json for the paths (and GET /_control for the control surface)`),
      );
      return;
    }
    await sendFetchResponse(res, response, method);
  }

  function controlAllowed(req: IncomingMessage): boolean {
    if (controlToken) {
      const presented = req.headers[CONTROL_TOKEN_HEADER];
      if (typeof presented === 'string') {
        const given = Buffer.from(presented);
        if (given.length === controlToken.length && timingSafeEqual(given, controlToken)) return true;
      }
    }
    return isLoopback(req.socket.remoteAddress) && !FORWARDING_HEADERS.some((name) => req.headers[name] !== undefined);
  }

  const port = await listen(server, HOST, options.port ?? 0);
  ownOrigin = `http://${HOST}:${port}`;
  return {
    url: ownOrigin,
    port,
    backend,
    close: () => {
      closing.abort();
      return closeServer(server);
    },
  };
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function isControlPath(url: string): boolean {
  return url === '/_control' || url.startsWith('/_control/') || url.startsWith('/_control?');
}

const MAX_LOGGED_PATH = 300;

/** `HH:MM:SS.mmm METHOD path status 1.2ms connection=<fingerprint>`: never the token itself. */
function logLine(req: IncomingMessage, status: number, ms: number): string {
  const time = new Date().toISOString().slice(11, 23);
  const url = req.url ?? '/';
  const path = url.length > MAX_LOGGED_PATH ? `${url.slice(0, MAX_LOGGED_PATH)}…` : url;
  const connection = isControlPath(url) ? NO_CONNECTION : connectionOf(req.headers.authorization);
  return `${time} ${req.method} ${path} ${status} ${ms.toFixed(1)}ms connection=${connection}`;
}
