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

/** What a directly served resolver is given: the request and its decoded path parameters. */
export interface DirectRequest {
  request: Request;
  /** `request.url`, parsed once by the caller. */
  url: URL;
  params: Record<string, string>;
}

export type DirectResolver = (call: DirectRequest) => Promise<Response | undefined>;

/** A handler's route: by template, or (a guard) by a predicate over the whole request. */
export type DirectRoute =
  | { kind: 'template'; method: string; template: string; resolve: DirectResolver }
  | { kind: 'guard'; matches(request: Request): boolean; resolve: DirectResolver };

const routes = new WeakMap<HttpHandler, DirectRoute>();

/** The URL of each request being served directly, parsed once by the dispatcher. */
const parsedUrls = new WeakMap<Request, URL>();

/**
 * `new URL(request.url)`, without parsing it again when the request is being served directly (the
 * dispatcher has parsed it already). Read it, do not change it: the guard and the handler share it.
 */
export function requestUrl(request: Request): URL {
  return parsedUrls.get(request) ?? new URL(request.url);
}

/** Called by the dispatcher: `url` is `request.url`, parsed. */
export function rememberUrl(request: Request, url: URL): void {
  parsedUrls.set(request, url);
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
  guard(matches: (request: Request) => boolean, resolver: (request: Request) => Response | Promise<Response>): HttpHandler;
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
        resolve: async ({ request, url, params }) => {
          // The resolver info openapi-msw builds, minus what no direct call has (cookies, a request
          // id, `finalize`): `query` is the URL's own URLSearchParams, `response` the same helper.
          const info = { request, params, cookies: {}, requestId: '', query: url.searchParams, response: directResponseHelper };
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
      ({ request }) => matches(request),
      ({ request }) => resolver(request),
    );
    routes.set(handler, { kind: 'guard', matches, resolve: async ({ request }) => resolver(request) });
    return handler;
  };
  return servable;
}
