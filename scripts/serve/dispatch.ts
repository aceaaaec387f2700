/**
 * Picks, per request, the handlers that could answer it before msw runs them.
 *
 * msw's `getResponse` tries handlers in order, and for each one it parses the URL, reads the
 * cookie store and compiles the handler's path with path-to-regexp — on every request. With the
 * connector's 24 operations, "Get items" sits seventh in the list, so a third of the serve
 * benchmark's CPU went into handlers that were never going to match (see bench/serve.bench.ts).
 *
 * This index compiles each handler's path once into a regular expression that matches at least
 * everything msw's own matcher does (a superset: `:param` → any run of non-slashes, `*` → anything,
 * case-insensitive, optional trailing slash) and hands msw only those candidates, in their original
 * order. msw still makes the final decision, so which handler answers is unchanged: a handler it
 * would pick is never filtered out, and the first of the candidates that msw matches is the first
 * of all handlers that msw would match.
 */
import type { HttpHandler } from 'msw';

interface IndexedHandler {
  handler: HttpHandler;
  /** Upper-case method, or `undefined` when the handler matches methods by pattern. */
  method: string | undefined;
  /** Tested against `origin + pathname`; `undefined` when the handler's path is not a plain string. */
  pattern: RegExp | undefined;
}

function compilePath(path: string): RegExp {
  let source = '';
  for (let i = 0; i < path.length; ) {
    const char = path[i]!;
    if (char === '*') {
      source += '.*';
      i++;
    } else if (char === ':' && /[A-Za-z_]/.test(path[i + 1] ?? '')) {
      let end = i + 1;
      while (end < path.length && /[\w-]/.test(path[end]!)) end++;
      source += '[^/]+';
      i = end;
    } else {
      source += char.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${source}/?$`, 'i');
}

export type Dispatcher = (method: string, url: URL) => HttpHandler[];

export function createDispatcher(handlers: readonly HttpHandler[]): Dispatcher {
  const indexed: IndexedHandler[] = handlers.map((handler) => {
    const { method, path } = handler.info as { method: unknown; path: unknown };
    return {
      handler,
      method: typeof method === 'string' ? method.toUpperCase() : undefined,
      pattern: typeof path === 'string' ? compilePath(path) : undefined,
    };
  });
  return (method, url) => {
    const upper = method.toUpperCase();
    const target = url.origin + url.pathname;
    const candidates: HttpHandler[] = [];
    for (const entry of indexed) {
      if (entry.method !== undefined && entry.method !== upper) continue;
      if (entry.pattern !== undefined && !entry.pattern.test(target)) continue;
      candidates.push(entry.handler);
    }
    return candidates;
  };
}
