/**
 * What the six subscribe handlers and the unsubscribe handler share.
 *
 * Subscribe: the subscriber's token is checked against the instance upstream (`GET
 * /instances/{id}`) before anything else; only then are its `tid`/`oid` claims trusted as the
 * owner. The subscription gets 128 random bits as its id and the answer is 201 with a `Location`
 * on the gateway's public address, where DELETE unsubscribes. A threshold trigger's segment or
 * measure must exist (watched-item.ts).
 *
 * Unsubscribe: the token is checked upstream too (against the subscription's instance, or the
 * instance list when there is no such subscription, so a bad token is a 401 either way), and a
 * subscription that is missing or someone else's answers the same 404.
 */
import { randomBytes } from 'node:crypto';
import { ApiError, callbackUrlField, parseNumberParam, type Clock } from '../../mocks/index.js';
import type { RestRoutes } from '../config.js';
import type { Logger } from '../log.js';
import { CORRELATION_HEADER, errorResponse, restPath } from '../mappings/context.js';
import type { Owner, StoredSubscription, SubscriptionStore, TriggerKind, TriggerParameters } from '../store/index.js';
import type { UpstreamClient } from '../upstream/client.js';
import { checkedCallbackUrl, describeCallback, type CallbackRules } from './callback-policy.js';
import { bearerTokenOf, ownerOf } from './identity.js';
import { publicBaseUrl } from './public-url.js';
import { checkWatchedItem } from './watched-item.js';

export interface SubscriptionLimits {
  /** Subscriptions one identity may hold on one instance. */
  maxPerIdentityPerInstance: number;
  /** Subscription bodies larger than this are refused with 413. */
  maxBodyBytes: number;
}

export const defaultSubscriptionLimits: SubscriptionLimits = { maxPerIdentityPerInstance: 100, maxBodyBytes: 16 * 1024 };

export interface SubscribeContext extends CallbackRules {
  upstream: UpstreamClient;
  store: SubscriptionStore;
  routes: RestRoutes;
  log: Logger;
  clock: Clock;
  publicUrl: string | undefined;
  limits: SubscriptionLimits;
  /** Told about each new subscription, so its instance's poller takes the baseline soon. */
  subscribed(subscription: Pick<StoredSubscription, 'instanceId'>): void;
}

interface ResolverInfo<R> {
  request: Request;
  response: { untyped(response: Response): R };
}

/** Runs a trigger handler; any failure becomes the connector's error shape with its status. */
export async function triggerCall<R>(info: ResolverInfo<R>, body: () => Promise<R>): Promise<R> {
  try {
    return await body();
  } catch (error) {
    return info.response.untyped(errorResponse(error));
  }
}

const badRequest = (code: string, message: string) => new ApiError(400, code, message);

export function requiredParam(query: URLSearchParams, name: string): string {
  const value = query.get(name)?.trim();
  if (!value) throw badRequest('MissingParameter', `The query parameter '${name}' is required`);
  if (value.length > 256) throw badRequest('InvalidParameter', `The query parameter '${name}' is longer than 256 characters`);
  return value;
}

export function optionalParam(query: URLSearchParams, name: string): string | undefined {
  return query.get(name)?.trim() ? requiredParam(query, name) : undefined;
}

export function numberParam(query: URLSearchParams, name: string, integer: boolean): number {
  return parseNumberParam(name, requiredParam(query, name), integer);
}

async function readBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length'));
  const tooLarge = () => new ApiError(413, 'PayloadTooLarge', `The subscription body exceeds ${maxBytes} bytes`);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge();
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw badRequest('InvalidJson', 'The subscription body must be a JSON object with a callbackUrl string');
  }
}

/** The caller's token, accepted by the REST API for `instanceId` (or for the instance list). */
async function verifiedOwner(ctx: SubscribeContext, request: Request, token: string, instanceId: string | undefined): Promise<Owner> {
  const correlationId = request.headers.get(CORRELATION_HEADER) ?? undefined;
  const path = instanceId === undefined ? restPath(ctx.routes.instances, {}) : restPath(ctx.routes.instance, { instanceId });
  await ctx.upstream.request({ method: 'GET', path, token, ...(instanceId !== undefined ? { instanceId } : {}), ...(correlationId ? { correlationId } : {}) });
  return ownerOf(token);
}

/** Registers a subscription and answers its Location. `parameters` reads the trigger's own query parameters. */
export async function subscribe(ctx: SubscribeContext, request: Request, dataset: string, kind: TriggerKind, parameters: (query: URLSearchParams) => TriggerParameters): Promise<string> {
  const token = bearerTokenOf(request);
  const instanceId = dataset.trim().toLowerCase();
  if (instanceId === '' || instanceId.length > 128) throw badRequest('InvalidParameter', 'The dataset (instance id) is empty or too long');
  const owner = await verifiedOwner(ctx, request, token, instanceId);
  const url = new URL(request.url);
  const given = parameters(url.searchParams);
  const body = await readBody(request, ctx.limits.maxBodyBytes);
  const callbackUrl = checkedCallbackUrl(callbackUrlField(body), ctx);
  const correlationId = request.headers.get(CORRELATION_HEADER) ?? undefined;
  const triggerParameters = await checkWatchedItem(ctx.upstream, ctx.routes, { token, instanceId, ...(correlationId ? { correlationId } : {}) }, kind, given);
  const held = (await ctx.store.list(instanceId)).filter((s) => s.owner.tid === owner.tid && s.owner.oid === owner.oid).length;
  if (held >= ctx.limits.maxPerIdentityPerInstance) {
    throw new ApiError(429, 'SubscriptionQuotaExceeded', `An identity may hold at most ${ctx.limits.maxPerIdentityPerInstance} trigger subscriptions on one instance; delete unused flows first`, { 'Retry-After': '3600' });
  }
  const subscription = await ctx.store.add({
    id: randomBytes(16).toString('hex'),
    instanceId,
    kind,
    owner,
    callbackUrl,
    parameters: triggerParameters,
    createdAt: ctx.clock.now(),
  });
  ctx.log.log({ event: 'subscribed', subscriptionId: subscription.id, instanceId, trigger: kind, ...describeCallback(callbackUrl) });
  ctx.subscribed(subscription);
  return `${publicBaseUrl(request, ctx.publicUrl)}/subscriptions/${subscription.id}`;
}

const SUBSCRIPTION_ID = /^[0-9a-f]{32}$/;

/** Removes the caller's own subscription; 404 for a missing one and for someone else's alike. */
export async function unsubscribe(ctx: SubscribeContext, request: Request, subscriptionId: string): Promise<void> {
  const token = bearerTokenOf(request);
  const id = subscriptionId.toLowerCase();
  const subscription = SUBSCRIPTION_ID.test(id) ? await ctx.store.get(id) : undefined;
  const notFound = () => new ApiError(404, 'SubscriptionNotFound', `Subscription '${subscriptionId.slice(0, 64)}' not found`);
  let owner: Owner;
  try {
    owner = await verifiedOwner(ctx, request, token, subscription?.instanceId);
  } catch (error) {
    // Someone without access to the instance learns nothing about what is subscribed on it.
    if (subscription && error instanceof ApiError && (error.status === 403 || error.status === 404)) throw notFound();
    throw error;
  }
  if (!subscription || !(await ctx.store.remove(id, owner))) throw notFound();
  ctx.log.log({ event: 'unsubscribed', subscriptionId: id, instanceId: subscription.instanceId, trigger: subscription.kind });
}
