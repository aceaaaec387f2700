/**
 * The typed `http` factory for msw handlers that are also served straight from a socket.
 *
 * It is openapi-msw's `createOpenApiHttp` (handlers typed against the generated `paths`, matching
 * any origin, so contract tests run them under msw exactly as before), and it remembers, for each
 * handler it makes, the method, the OpenAPI path template and the resolver. A server can then look
 * a request up in a {@link RouteIndex} and call the resolver itself ({@link createDirectDispatcher}),
 * skipping what msw does per request to find and run a handler: cloning the request, parsing
 * cookies, compiling every candidate's path, and the listeners and bookkeeping around each run.
 * That was most of a served request's CPU (bench/serve.bench.ts). One set of handlers serves both.
 */
import { http as mswHttp, type HttpHandler, type RequestHandlerOptions } from 'msw';
import { createOpenApiHttp, type AnyApiSpec, type HttpMethod, type OpenApiHttpHandlers } from 'openapi-msw';
import { directResponseHelper } from './direct-response.js';

/**
 * A request as a server holds it before any Fetch `Request` exists: what the dispatcher routes on.
 * The `Request` itself is made only when a resolver reads `info.request` (undici's constructor,
 * with its AbortSignal, was a visible share of a small request); reading the URL and the headers
 * through {@link requestUrl} and {@link requestHeader} does not make one.
 */
export interface IncomingCall {
  /** Upper-case; a server answering HEAD with the GET handler passes `GET`. */
  method: string;
  url: URL;
  headers: Headers;
  /** The Fetch Request of this call, made on first use and the same one afterwards. */
  request(): Request;
}

/** An IncomingCall for a Request that already exists (tests, in-process callers). */
export function callOf(request: Request): IncomingCall {
  return { method: request.method, url: new URL(request.url), headers: request.headers, request: () => request };
}

export type DirectResolver = (call: IncomingCall, params: Record<string, string>) => Promise<Response | undefined>;

/** A handler's route: by template, or (a guard) by a predicate over the request's URL. */
export type DirectRoute =
  | { kind: 'template'; method: string; template: string; resolve: DirectResolver }
  | { kind: 'guard'; matches(url: URL): boolean; resolve: DirectResolver };

const routes = new WeakMap<HttpHandler, DirectRoute>();

/** The call behind each resolver info object made for a direct call. */
const callsByInfo = new WeakMap<object, IncomingCall>();

/** What every resolver info has: the request (a getter, when served directly). */
interface WithRequest {
  request: Request;
}

/**
 * The request's URL: the one the server parsed when served directly, else `new URL(request.url)`.
 * Read it, do not change it: the guard and the handler share it.
 */
export function requestUrl(info: WithRequest): URL {
  return callsByInfo.get(info)?.url ?? new URL(info.request.url);
}

/** A request header (`null` when absent), without making the Request when served directly. */
export function requestHeader(info: WithRequest, name: string): string | null {
  const call = callsByInfo.get(info);
  return call ? call.headers.get(name) : info.request.headers.get(name);
}

/** The route recorded for a handler made by {@link createServableHttp}; `undefined` for any other handler. */
export function directRouteOf(handler: HttpHandler): DirectRoute | undefined {
  return routes.get(handler);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const satisfies readonly HttpMethod[];

/** A resolver as openapi-msw hands it over, seen through the one argument every one of them takes. */
type AnyResolver = (info: never) => unknown;

export type ServableHttp<Paths extends AnyApiSpec> = OpenApiHttpHandlers<Paths> & {
  /**
   * A handler for requests no operation may see (a malformed URL, say): under msw it matches by
   * predicate wherever it stands in the list; served directly, every guard is tried before any
   * route, so guards belong at the head of the handler list.
   */
  guard(matches: (url: URL) => boolean, resolver: () => Response | Promise<Response>): HttpHandler;
};

export function createServableHttp<Paths extends AnyApiSpec>(): ServableHttp<Paths> {
  const typed = createOpenApiHttp<Paths>({ baseUrl: '*' });
  const servable = { ...typed } as ServableHttp<Paths>;
  for (const method of METHODS) {
    const make = typed[method] as (path: string, resolver: AnyResolver, options?: RequestHandlerOptions) => HttpHandler;
    const wrapped = (path: string, resolver: AnyResolver, options?: RequestHandlerOptions): HttpHandler => {
      // `once` and friends change which handler answers over time, which an index cannot know.
      if (options !== undefined) throw new Error(`A servable handler takes no msw options (${method.toUpperCase()} ${path})`);
      const handler = make(path, resolver);
      const call = resolver as (info: unknown) => unknown;
      routes.set(handler, {
        kind: 'template',
        method: method.toUpperCase(),
        template: path,
        resolve: async (incoming, params) => {
          // The resolver info openapi-msw builds, minus what no direct call has (cookies, a request
          // id, `finalize`): `query` is the URL's own URLSearchParams, `response` the same helper,
          // and `request` is made when first read.
          const info = {
            get request() {
              return incoming.request();
            },
            params,
            cookies: {},
            requestId: '',
            query: incoming.url.searchParams,
            response: directResponseHelper,
          };
          callsByInfo.set(info, incoming);
          try {
            return (await call(info)) as Response | undefined;
          } catch (thrown) {
            // msw's rule: a resolver may throw a Response to answer with it.
            if (thrown instanceof Response) return thrown;
            throw thrown;
          }
        },
      });
      return handler;
    };
    (servable as Record<string, unknown>)[method] = wrapped;
  }
  servable.guard = (matches, resolver) => {
    const handler = mswHttp.all(
      ({ request }) => matches(new URL(request.url)),
      () => resolver(),
    );
    routes.set(handler, { kind: 'guard', matches, resolve: async () => resolver() });
    return handler;
  };
  return servable;
}
