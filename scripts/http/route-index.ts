/**
 * An index of path templates (`/datasets/{dataset}/tables/{table}/items`), looked up by method and
 * request path in time proportional to the path's segments, not the number of routes.
 *
 * Matching follows what msw's matcher does for the same template, so a route answers the same
 * requests whether it runs under msw or straight from this index: static segments compare without
 * regard to case, a trailing slash is optional, and each `{name}` takes one non-empty segment,
 * percent-decoded. Where a static segment and a parameter could both take a segment, the static one
 * wins (`/items/schema` before `/items/{id}`), as in every router; among routes of equal shape, the
 * first added wins, as in msw's ordered list.
 */

export interface RouteMatch<T> {
  value: T;
  params: Record<string, string>;
}

/** A path whose parameters cannot be decoded (`%E0%A4%A`): no route can be matched against it. */
export class MalformedPathError extends Error {
  override name = 'MalformedPathError';
}

interface Route<T> {
  value: T;
  /** The template's parameter names, in path order. */
  names: string[];
}

interface Node<T> {
  statics: Map<string, Node<T>>;
  /** Where a segment goes that no static child takes (any parameter name). */
  param: Node<T> | undefined;
  /** Routes ending here, by upper-case method; the first added for a method wins. */
  routes: Map<string, Route<T>>;
}

const node = <T>(): Node<T> => ({ statics: new Map(), param: undefined, routes: new Map() });

const PARAM = /^\{([^{}/]+)\}$/;

function segmentsOf(path: string): string[] {
  const trimmed = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}

export class RouteIndex<T> {
  private readonly root: Node<T> = node();
  private size = 0;

  /** Adds a route; `template` starts with `/`, parameters are whole segments in braces. */
  add(method: string, template: string, value: T): void {
    if (!template.startsWith('/')) throw new Error(`A route template starts with '/': '${template}'`);
    let at = this.root;
    const names: string[] = [];
    for (const segment of segmentsOf(template)) {
      const param = PARAM.exec(segment);
      if (param) {
        names.push(param[1]!);
        at = at.param ??= node();
      } else {
        if (segment.includes('{') || segment.includes('}')) throw new Error(`'${template}': a parameter must be a whole segment ('${segment}')`);
        const key = segment.toLowerCase();
        let next = at.statics.get(key);
        if (!next) at.statics.set(key, (next = node()));
        at = next;
      }
    }
    const upper = method.toUpperCase();
    if (!at.routes.has(upper)) at.routes.set(upper, { value, names });
    this.size++;
  }

  get routeCount(): number {
    return this.size;
  }

  /**
   * The route for `method` and `pathname` (the URL's path, still percent-encoded), or `undefined`.
   * Throws {@link MalformedPathError} when a segment a parameter would take cannot be decoded.
   */
  match(method: string, pathname: string): RouteMatch<T> | undefined {
    const segments = segmentsOf(pathname);
    const found = this.walk(this.root, segments, 0, method.toUpperCase(), []);
    if (!found) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < found.bound.length; i++) {
      const raw = found.bound[i]!;
      try {
        params[found.route.names[i]!] = decodeURIComponent(raw);
      } catch {
        throw new MalformedPathError(`The path segment '${raw.slice(0, 100)}' has a malformed percent-encoding`);
      }
    }
    return { value: found.route.value, params };
  }

  /** Depth-first, static child before the parameter child, so a static segment wins where both could. */
  private walk(at: Node<T>, segments: readonly string[], i: number, method: string, bound: string[]): { route: Route<T>; bound: string[] } | undefined {
    if (i === segments.length) {
      const route = at.routes.get(method);
      return route === undefined ? undefined : { route, bound };
    }
    const segment = segments[i]!;
    const next = at.statics.get(segment.toLowerCase());
    if (next) {
      const found = this.walk(next, segments, i + 1, method, bound);
      if (found) return found;
    }
    if (at.param && segment !== '') {
      return this.walk(at.param, segments, i + 1, method, [...bound, segment]);
    }
    return undefined;
  }
}
