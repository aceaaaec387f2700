/**
 * What every mapping shares: the typed, origin-agnostic `http` factory (handlers typed against the
 * connector's generated `paths`, so a mapping that drifts from the definition fails the type check),
 * the upstream client and the REST routes, and `mapped()`, which reads the caller's bearer token
 * and correlation id and renders any error in the connector's shape.
 */
import { createServableHttp, requestHeader, requestUrl } from '../../scripts/http/servable-http.js';
import type { paths } from '../../generated/types.js';
import { ApiError } from '../../mocks/index.js';
import type { RestRoutes } from '../config.js';
import type { Logger } from '../log.js';
import type { UpstreamClient, UpstreamRequest, UpstreamResponse } from '../upstream/client.js';

/** Mappings run under msw in their tests and straight from the gateway's route index when served. */
export const http = createServableHttp<paths>();

/** The header the server puts the request's correlation id in before any mapping runs. */
export const CORRELATION_HEADER = 'x-correlation-id';

export interface GetItemsLimits {
  /** Rows per upstream page: the REST API's own maximum by default. */
  pageSize: number;
  /** An answer without `$top` stops after this many rows and links to the rest. */
  maxRows: number;
  /** …or after this many upstream calls, whichever comes first. */
  maxCalls: number;
}

export const defaultGetItemsLimits: GetItemsLimits = { pageSize: 100, maxRows: 2_000, maxCalls: 20 };

export interface MappingContext {
  upstream: UpstreamClient;
  routes: RestRoutes;
  limits: GetItemsLimits;
  /** Hosts a partition file may be read from (`*.` prefix = any subdomain); see GetPartitionData. */
  partitionHosts: readonly string[];
  /** The gateway's public base URL for links it answers (`Location`, `@odata.nextLink`); else the request's origin. */
  publicUrl?: string;
  /** How GetPartitionData reads partition files; global fetch by default. */
  fetch?: typeof fetch;
  log: Logger;
  /** Entity metadata kept briefly: Get item and Update item need the key of the entity on every call. */
  metadataCache: Map<string, { at: number; value: EntityMetadata }>;
  now(): number;
}

/** One call of a mapping: who is calling, and how to reach the REST API on their behalf. */
export interface Call {
  token: string;
  correlationId: string;
  url: URL;
  query: URLSearchParams;
  /** The upstream client with this call's token and correlation id filled in. */
  rest<T = unknown>(req: Omit<UpstreamRequest, 'token' | 'correlationId'>): Promise<UpstreamResponse<T>>;
}

interface ResolverInfo<R> {
  request: Request;
  response: { untyped(response: Response): R };
}

export function errorResponse(error: unknown): Response {
  const apiError =
    error instanceof ApiError ? error : new ApiError(500, 'GatewayError', `The gateway failed: ${error instanceof Error ? error.message : String(error)}`);
  return Response.json(apiError.toBody(), { status: apiError.status, headers: apiError.headers });
}

function bearerToken(info: { request: Request }): string {
  const header = requestHeader(info, 'authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header.trim()) : null;
  if (!match) {
    throw new ApiError(401, 'Unauthorized', 'Missing or malformed Authorization header; expected "Authorization: Bearer <token>" for the Customer Insights API', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return match[1]!;
}

/** Runs a mapping with the caller's token; every failure becomes `{ error: { code, message } }` with its status. */
export async function mapped<R>(ctx: MappingContext, info: ResolverInfo<R>, body: (call: Call) => R | Promise<R>): Promise<R> {
  try {
    const token = bearerToken(info);
    const correlationId = requestHeader(info, CORRELATION_HEADER) ?? '';
    const url = requestUrl(info);
    const call: Call = {
      token,
      correlationId,
      url,
      query: url.searchParams,
      rest: (req) => ctx.upstream.request({ ...req, token, ...(correlationId ? { correlationId } : {}) }),
    };
    return await body(call);
  } catch (error) {
    return info.response.untyped(errorResponse(error));
  }
}

/** An absolute link to `path` (with its query) on the gateway, as the caller reaches it. */
export function gatewayLink(ctx: MappingContext, call: Call, path: string): string {
  return `${ctx.publicUrl ?? call.url.origin}${path}`;
}

/** Fills a REST route template: `{instanceId}` etc., each value encoded as one path segment. */
export function restPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`REST route ${template} needs {${name}}`);
    return encodeURIComponent(value);
  });
}

/** A REST answer that is not the shape the code model describes: a bad gateway, never a silent empty. */
export function unexpectedShape(what: string): ApiError {
  return new ApiError(502, 'UnexpectedUpstreamAnswer', `The Customer Insights API answered ${what} in a shape the gateway does not know`);
}

/** The 501 of what the REST API cannot supply, with the reason. */
export function notImplemented(operation: string, why: string): ApiError {
  return new ApiError(501, 'NotImplemented', `${operation} is not available through the gateway: ${why}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/* entity metadata (IEntityMetadata), shared by the mappings that need an entity's attributes or key */

export interface AttributeMetadata {
  name: string;
  friendlyName?: string;
  dataType?: string;
  semanticType?: string;
}

export interface PartitionMetadata {
  name?: string;
  location?: string;
  refreshTime?: string;
  hasHeader?: boolean;
  isCIGenerated?: boolean;
  forceSasAuth?: boolean;
  fileFormatSettings?: unknown;
}

export interface EntityMetadata {
  name: string;
  qualifiedEntityName?: string;
  dataSourceName?: string;
  entityType?: string;
  attributes: AttributeMetadata[];
  keys: AttributeMetadata[][];
  partitions: PartitionMetadata[];
  refreshTime?: string;
}

/** How long entity metadata is reused: keys and attributes change only when an admin edits the model. */
export const METADATA_TTL_MS = 60_000;
const MAX_CACHED_ENTITIES = 500;

export function readEntity(value: unknown, what: string): EntityMetadata {
  if (!isRecord(value) || typeof value['name'] !== 'string') throw unexpectedShape(what);
  const attributes = Array.isArray(value['attributes']) ? value['attributes'].filter(isAttribute) : [];
  const keys = Array.isArray(value['keys']) ? value['keys'].filter(Array.isArray).map((k: unknown[]) => k.filter(isAttribute)) : [];
  const partitions = Array.isArray(value['partitions']) ? (value['partitions'].filter(isRecord) as PartitionMetadata[]) : [];
  return {
    name: value['name'],
    ...(typeof value['qualifiedEntityName'] === 'string' ? { qualifiedEntityName: value['qualifiedEntityName'] } : {}),
    ...(typeof value['dataSourceName'] === 'string' ? { dataSourceName: value['dataSourceName'] } : {}),
    ...(typeof value['entityType'] === 'string' ? { entityType: value['entityType'] } : {}),
    ...(typeof value['refreshTime'] === 'string' ? { refreshTime: value['refreshTime'] } : {}),
    attributes,
    keys,
    partitions,
  };
}

function isAttribute(value: unknown): value is AttributeMetadata {
  return isRecord(value) && typeof value['name'] === 'string';
}

/**
 * `GET /manage/entities/{entityName}` with the caller's token. The cache only saves the metadata
 * call: the data call that follows still runs with the caller's own token, so nobody reads rows
 * they could not read upstream. `fresh` skips the cache (the schema and partition operations
 * always show the current metadata).
 */
export async function entityMetadata(ctx: MappingContext, call: Call, dataset: string, table: string, fresh = false): Promise<EntityMetadata> {
  const cacheKey = `${dataset.toLowerCase()}\u0000${table}`;
  const cached = ctx.metadataCache.get(cacheKey);
  if (!fresh && cached && ctx.now() - cached.at < METADATA_TTL_MS) return cached.value;
  const answer = await call.rest({ method: 'GET', path: restPath(ctx.routes.entity, { instanceId: dataset, entityName: table }), instanceId: dataset });
  const value = readEntity(answer.body, `entity '${table}'`);
  if (ctx.metadataCache.size >= MAX_CACHED_ENTITIES) ctx.metadataCache.delete(ctx.metadataCache.keys().next().value!);
  ctx.metadataCache.set(cacheKey, { at: ctx.now(), value });
  return value;
}

/** The attribute that identifies an item: the first attribute of the entity's first key. */
export function entityKey(entity: EntityMetadata): AttributeMetadata {
  const key = entity.keys[0]?.[0];
  if (key) return entity.attributes.find((a) => a.name === key.name) ?? key;
  throw notImplemented('Reading one item', `the entity '${entity.name}' declares no key in its metadata, so an item cannot be addressed by id`);
}

/** `Key eq 'value'` (or a bare number for numeric keys), quotes doubled as OData requires. */
export function keyFilter(key: AttributeMetadata, id: string): string {
  const numeric = /^(edm\.)?(int16|int32|int64|byte|sbyte|decimal|double|single|int|integer|long|number)$/i.test(key.dataType ?? '');
  if (numeric && /^-?\d+(\.\d+)?$/.test(id)) return `${key.name} eq ${id}`;
  return `${key.name} eq '${id.replaceAll("'", "''")}'`;
}
