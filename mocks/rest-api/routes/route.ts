/** What a route of the fake is: one REST operation of the code model, answered from {@link FakeState}. */
import { badRequest, type ErrorModel } from '../errors.js';
import type { FakeInstance, FakeState } from '../state.js';
import type { QueryOptions } from '../described-query.js';
import type { TokenIdentity } from '../token.js';

export interface RouteContext {
  state: FakeState;
  /** Path parameters, decoded. */
  params: Readonly<Record<string, string>>;
  /** Query options, limited to those the code model describes for the operation. */
  query: QueryOptions;
  /** The parsed JSON body (`undefined` when the request had none). */
  body: unknown;
  /** This fake's API base URL, ending in `/v1`. */
  apiUrl: string;
  identity: TokenIdentity;
  /** Signed location of a partition file in the fake's data lake. */
  partitionLocation(instanceId: string, entity: string, partition: string): string;
  /** The `{instanceId}` instance, access already checked; only on routes under `/instances/{instanceId}`. */
  instance?: FakeInstance;
}

export interface RouteAnswer {
  status: number;
  /** JSON body; absent for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  /** The code model operation (`serializedName`), e.g. `Get-all-segments`. */
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path template relative to `/v1`, exactly as in the code model. */
  path: string;
  /** Other templates answered the same way (paths of the 2024 documentation). */
  aliases?: readonly string[];
  /** The model its error responses use. */
  errorModel: ErrorModel;
  handle(context: RouteContext): RouteAnswer;
}

export function instanceOf(context: RouteContext): FakeInstance {
  if (!context.instance) throw new Error(`route needs {instanceId}`);
  return context.instance;
}

/** A boolean query option: absent → `fallback`; `true`/`false` in any case; anything else is 400. */
export function booleanOption(query: QueryOptions, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  throw badRequest('InvalidQueryParameter', `The query parameter '${name}' must be true or false, got '${raw}'.`, name);
}

/** A non-negative integer query option; absent → `undefined`; above `max` → 400. */
export function integerOption(query: QueryOptions, name: string, max = 1_000_000): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) > max) {
    throw badRequest('InvalidQueryParameter', `The query parameter '${name}' must be an integer from 0 to ${max}, got '${raw}'.`, name);
  }
  return Number(raw);
}

export const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
