/**
 * Answers a request from a list of servable handlers (see servable-http.ts) without msw: guards
 * first, in their order, then one lookup in a {@link RouteIndex} of the handlers' templates, whose
 * resolver is called with the decoded path parameters.
 */
import type { HttpHandler } from 'msw';
import { MalformedPathError, RouteIndex } from './route-index.js';
import { directRouteOf, type DirectResolver, type IncomingCall } from './servable-http.js';

export type DirectDispatcher = (call: IncomingCall) => Promise<Response | undefined>;

export { MalformedPathError };

export function createDirectDispatcher(handlers: readonly HttpHandler[]): DirectDispatcher {
  const guards: { matches(url: URL): boolean; resolve: DirectResolver }[] = [];
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
  return async (call) => {
    for (const guard of guards) if (guard.matches(call.url)) return guard.resolve(call, {});
    const found = index.match(call.method, call.url.pathname);
    return found ? found.value(call, found.params) : undefined;
  };
}
