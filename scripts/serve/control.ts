/**
 * The control surface: HTTP endpoints under `/_control/` that make things happen inside the mock
 * Customer Insights (a segment grows, a refresh fails, a process finishes) so the connector's
 * triggers fire on demand. It sits beside the msw handlers rather than among them: it is not part
 * of the connector's API (no swagger operation, no throttle, no bearer token) and it must never be
 * mistaken for one. Documented in scripts/serve/README.md.
 */
import { fingerprint } from './connection.js';
import { ApiError } from '../../mocks/index.js';
import { controlBodyProblems, controlBodySchema, type ControlBodyName, type ControlBodySchema } from './control-body.js';
import { redactUrl } from './redact-url.js';

/** What one notification attempt looks like in a control answer (the backend's delivery record). */
export interface ControlDelivery {
  subscriptionId: string;
  callbackUrl: string;
  payload: unknown;
  status?: number;
  error?: string;
}

interface ControlSubscription {
  id: string;
  instance: string;
  kind: string;
  callbackUrl: string;
  connection: string;
  createdAt: string;
  measure?: string;
  segment?: string;
  threshold?: number;
  process?: string;
  includingManualRefreshes?: boolean;
}

/**
 * The part of the mock backend the control surface drives. Declared structurally so this module
 * states exactly what it relies on; the real backend from mocks/ satisfies it.
 */
export interface ControllableBackend {
  events: {
    segmentCountChanged(instance: string, segment: string, count: number): Promise<ControlDelivery[]>;
    measureValueChanged(instance: string, measure: string, value: number): Promise<ControlDelivery[]>;
    dataSourceRefreshed(instance: string, dataSource: string, options?: Record<string, unknown>): Promise<ControlDelivery[]>;
    fullRefreshCompleted(instance: string, options?: Record<string, unknown>): Promise<ControlDelivery[]>;
    processCompleted(instance: string, process: string, options?: Record<string, unknown>): Promise<ControlDelivery[]>;
  };
  store: {
    subscriptions: { all(): ControlSubscription[] };
    instances: ReadonlyMap<string, { id: string; displayName: string }>;
  };
  throttle: { reset(connection?: string): void };
}

export interface ControlRequest {
  method: string;
  /** Path below `/_control`, still percent-encoded, without the query string. */
  path: string;
  /** Parsed JSON body; `undefined` when the request had none. */
  body: unknown;
  /** Absolute URL of the server, for the links in the index. */
  origin: string;
}

export interface ControlResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}


interface Route {
  method: 'GET' | 'POST';
  /** `{name}` marks a path parameter. */
  pattern: string;
  summary: string;
  /** The body's schema in control-bodies/ (none: the endpoint takes no body). */
  body?: ControlBodyName;
  run(backend: ControllableBackend, params: Record<string, string>, body: Record<string, unknown>, request: ControlRequest): Promise<unknown> | unknown;
}

function notified(event: string, instance: string, deliveries: ControlDelivery[]) {
  return {
    event,
    instance,
    notified: deliveries.length,
    deliveries: deliveries.map((d) => ({
      subscriptionId: d.subscriptionId,
      callbackUrl: redactUrl(d.callbackUrl),
      ...(d.status !== undefined ? { status: d.status } : {}),
      ...(d.error !== undefined ? { error: d.error } : {}),
      payload: d.payload,
    })),
  };
}

const routes: Route[] = [
  {
    method: 'GET',
    pattern: '',
    summary: 'this index: the endpoints, their bodies, and the instances',
    run: (backend, _params, _body, request) => ({
      description: 'Control surface of the mock Customer Insights backend: fire the connector triggers on demand. Not part of the connector API.',
      instances: [...backend.store.instances.values()].map((i) => ({ id: i.id, displayName: i.displayName })),
      endpoints: routes.map((route) => ({
        method: route.method,
        url: `${request.origin}/_control${route.pattern}`,
        summary: route.summary,
        ...(route.body ? { body: bodyListing(controlBodySchema(route.body)) } : {}),
      })),
    }),
  },
  {
    method: 'GET',
    pattern: '/subscriptions',
    summary: 'the trigger subscriptions the backend holds (connection = fingerprint of the bearer token that subscribed; callbackUrl = scheme, host and a hash of the whole URL)',
    run: (backend, _params, _body, request) => ({
      value: backend.store.subscriptions.all().map((s) => ({
        id: s.id,
        trigger: s.kind,
        instance: s.instance,
        callbackUrl: redactUrl(s.callbackUrl),
        connection: fingerprint(s.connection),
        createdAt: s.createdAt,
        location: `${request.origin}/subscriptions/${encodeURIComponent(s.id)}`,
        ...(s.segment !== undefined ? { segment: s.segment } : {}),
        ...(s.measure !== undefined ? { measure: s.measure } : {}),
        ...(s.threshold !== undefined ? { threshold: s.threshold } : {}),
        ...(s.process !== undefined ? { process: s.process } : {}),
        ...(s.includingManualRefreshes !== undefined ? { includingManualRefreshes: s.includingManualRefreshes } : {}),
      })),
    }),
  },
  {
    method: 'POST',
    pattern: '/instances/{instance}/segments/{segment}/count',
    summary: 'the segment now has `count` members; notifies segment-threshold subscriptions whose threshold this crosses upward',
    body: 'segment-count',
    run: async (backend, p, b) =>
      notified('segmentCountChanged', p.instance!, await backend.events.segmentCountChanged(p.instance!, p.segment!, b.count as number)),
  },
  {
    method: 'POST',
    pattern: '/instances/{instance}/measures/{measure}/value',
    summary: 'the measure now has `value`; notifies measure-threshold subscriptions whose threshold this crosses upward',
    body: 'measure-value',
    run: async (backend, p, b) =>
      notified('measureValueChanged', p.instance!, await backend.events.measureValueChanged(p.instance!, p.measure!, b.value as number)),
  },
  {
    method: 'POST',
    pattern: '/instances/{instance}/datasources/{dataSource}/refresh',
    summary: 'a refresh of the data source (name or id) finished, or failed with `failed: true`',
    body: 'data-source-refresh',
    run: async (backend, p, b) =>
      notified(
        b.failed === true ? 'dataSourceRefreshFailed' : 'dataSourceRefreshCompleted',
        p.instance!,
        await backend.events.dataSourceRefreshed(p.instance!, p.dataSource!, b),
      ),
  },
  {
    method: 'POST',
    pattern: '/instances/{instance}/fullrefresh',
    summary: 'a full refresh finished; a manual one (`manual: true`) notifies nobody, as in Customer Insights',
    body: 'full-refresh',
    run: async (backend, p, b) => notified('fullRefreshCompleted', p.instance!, await backend.events.fullRefreshCompleted(p.instance!, b)),
  },
  {
    method: 'POST',
    pattern: '/instances/{instance}/processes/{process}/complete',
    summary: 'a process finished; a manual run (`manual: true`) notifies only subscriptions made with includingManualRefreshes=true',
    body: 'process-complete',
    run: async (backend, p, b) => notified('processCompleted', p.instance!, await backend.events.processCompleted(p.instance!, p.process!, b)),
  },
  {
    method: 'POST',
    pattern: '/throttle/reset',
    summary: 'forget every connection\'s recent calls, so throttled connections may call again at once',
    run: (backend) => {
      backend.throttle.reset();
      return { reset: true };
    },
  },
];

interface CompiledRoute {
  route: Route;
  segments: string[];
}

const compiled: CompiledRoute[] = routes.map((route) => ({ route, segments: route.pattern === '' ? [] : route.pattern.slice(1).split('/') }));

function match(path: string): { matches: { route: Route; params: Record<string, string> }[] } {
  const trimmed = path.replace(/\/+$/, '');
  const parts = trimmed === '' ? [] : trimmed.slice(1).split('/');
  const matches: { route: Route; params: Record<string, string> }[] = [];
  for (const { route, segments } of compiled) {
    if (segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const segment = segments[i]!;
      if (segment.startsWith('{')) {
        let value: string;
        try {
          value = decodeURIComponent(parts[i]!);
        } catch {
          throw new ApiError(400, 'InvalidControlRequest', `Path segment '${parts[i]}' is not valid percent-encoding`);
        }
        if (value === '') ok = false;
        else params[segment.slice(1, -1)] = value;
      } else if (segment !== parts[i]) ok = false;
    }
    if (ok) matches.push({ route, params });
  }
  return { matches };
}

function checkBody(route: Route, body: unknown): Record<string, unknown> {
  const problems = controlBodyProblems(route.body ?? 'none', body);
  if (problems === 'not-an-object') throw new ApiError(400, 'InvalidControlRequest', 'The body must be a JSON object');
  if (problems.length > 0) throw new ApiError(400, 'InvalidControlRequest', `Invalid body for ${route.method} /_control${route.pattern}: ${problems.join('; ')}`);
  return (body ?? {}) as Record<string, unknown>;
}

/** HTTP answers (the control surface's and the backend's) are ApiErrors; anything else is a bug and a 500. */
function fromApiError(error: unknown): ControlResponse {
  if (error instanceof ApiError) return { status: error.status, body: error.toBody(), headers: error.headers };
  throw error;
}

/** The index's one line per body property: its type, whether it is required, what it means. */
function bodyListing(schema: ControlBodySchema): Record<string, string> {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(Object.entries(schema.properties).map(([name, p]) => [name, `${p.type}${required.has(name) ? ' (required)' : ''}: ${p.description}`]));
}

export async function handleControl(backend: ControllableBackend, request: ControlRequest): Promise<ControlResponse> {
  try {
    const { matches } = match(request.path);
    if (matches.length === 0) {
      throw new ApiError(
        404,
        'ControlEndpointNotFound',
        `No control endpoint at ${request.path === '' ? '/_control' : `/_control${request.path}`}; GET ${request.origin}/_control lists them`,
      );
    }
    const found = matches.find((m) => m.route.method === request.method);
    if (!found) {
      const allow = [...new Set(matches.map((m) => m.route.method))].join(', ');
      throw new ApiError(405, 'MethodNotAllowed', `${request.method} is not allowed here; use ${allow}`, { allow });
    }
    const body = checkBody(found.route, found.route.method === 'GET' ? undefined : request.body);
    return { status: 200, body: await found.route.run(backend, found.params, body, request) };
  } catch (error) {
    return fromApiError(error);
  }
}

/** The control endpoints, for the startup banner and the docs test. */
export function controlEndpoints(): { method: string; pattern: string; summary: string }[] {
  return routes.map(({ method, pattern, summary }) => ({ method, pattern: `/_control${pattern}`, summary }));
}
