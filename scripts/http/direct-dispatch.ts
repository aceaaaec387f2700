/**
 * Answers a request from a list of servable handlers (see servable-http.ts) without msw: guards
 * first, in their order, then one lookup in a {@link RouteIndex} of the handlers' templates, whose
 * resolver is called with the decoded path parameters.
 */
import type { HttpHandler } from 'msw';
import { MalformedPathError, RouteIndex } from './route-index.js';
import { directRouteOf, rememberUrl, type DirectResolver } from './servable-http.js';

export type DirectDispatcher = (request: Request, url: URL) => Promise<Response | undefined>;

export { MalformedPathError };

export function createDirectDispatcher(handlers: readonly HttpHandler[]): DirectDispatcher {
  const guards: { matches(request: Request): boolean; resolve: DirectResolver }[] = [];
  const index = new RouteIndex<DirectResolver>();
  for (const handler of handlers) {
    const route = directRouteOf(handler);
    if (!route) throw new Error(`The handler '${handler.info.header}' was not made by createServableHttp, so it cannot be served directly`);
    if (route.kind === 'guard') {
      // Tried before every route, which is msw's order only if it stands before them in the list.
      if (index.routeCount > 0) throw new Error(`The guard '${handler.info.header}' comes after a route; guards go at the head of the handler list`);
      guards.push(route);
    } else {
      index.add(route.method, route.template, route.resolve);
    }
  }
  return async (request, url) => {
    rememberUrl(request, url);
    for (const guard of guards) if (guard.matches(request)) return guard.resolve({ request, url, params: {} });
    const found = index.match(request.method, url.pathname);
    return found ? found.value({ request, url, params: found.params }) : undefined;
  };
}
