/**
 * Matches a request path (relative to `/v1`) to a route: literal segments compare
 * case-insensitively, as the service's routing does; `{name}` takes one non-empty segment.
 */
import { badRequest } from './errors.js';
import type { Route } from './routes/index.js';

interface CompiledTemplate {
  route: Route;
  segments: { literal?: string; param?: string }[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export class Router {
  private readonly templates: CompiledTemplate[] = [];

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      for (const path of [route.path, ...(route.aliases ?? [])]) {
        const segments = path.split('/').filter(Boolean).map((s) => {
          const param = /^\{(\w+)\}$/.exec(s)?.[1];
          return param ? { param } : { literal: s.toLowerCase() };
        });
        this.templates.push({ route, segments });
      }
    }
    // Literal segments win over parameters (`/manage/datasources/v2` before `/manage/datasources/{id}`).
    this.templates.sort((a, b) => score(b) - score(a));
  }

  /** The matching routes for a path, whatever their method (for 404 vs 405). */
  match(path: string): RouteMatch[] {
    const raw = path.split('/').filter(Boolean);
    let parts: string[];
    try {
      parts = raw.map((p) => decodeURIComponent(p));
    } catch {
      throw badRequest('InvalidPath', 'The request path is not valid percent-encoding.');
    }
    const out: RouteMatch[] = [];
    for (const template of this.templates) {
      if (template.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < parts.length && matched; i++) {
        const segment = template.segments[i]!;
        if (segment.param) params[segment.param] = parts[i]!;
        else matched = segment.literal === parts[i]!.toLowerCase();
      }
      if (matched) out.push({ route: template.route, params });
    }
    return out;
  }
}

function score(template: CompiledTemplate): number {
  return template.segments.reduce((n, s, i) => n + (s.literal ? 2 ** (16 - i) : 0), 0);
}
