/** The common part of the trigger subscriptions: read the callback URL, register, answer 201 + Location. */
import { ApiError, badRequest } from '../store/errors.js';
import type { Instance } from '../store/store.js';
import type { SubscriptionInput, TriggerKind } from '../store/subscriptions.js';
import { readJson, requiredParam, type Call, type HandlerContext } from './context.js';
import { callbackUrlField, parseNumberParam } from './subscription-request.js';

type Filter = Omit<SubscriptionInput, 'instance' | 'kind' | 'callbackUrl' | 'connection'>;

async function callbackUrlOf(ctx: HandlerContext, request: Request): Promise<string> {
  const value = callbackUrlField(await readJson(ctx, request));
  if (typeof value !== 'string') {
    throw badRequest('InvalidSubscription', 'The subscription body must be a JSON object with a callbackUrl string');
  }
  const limit = ctx.store.limits.maxCallbackUrlLength;
  if (value.length > limit) {
    throw new ApiError(413, 'CallbackUrlTooLong', `callbackUrl is ${value.length} characters long; the limit is ${limit}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not echoed: a callback URL carries its signature, and this one may be almost right.
    throw badRequest('InvalidSubscription', 'callbackUrl is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badRequest('InvalidSubscription', `callbackUrl must use http or https, got '${url.protocol}'`);
  }
  return value;
}

/**
 * Registers a subscription of `kind` on the instance; `filter` reads and checks the trigger's own
 * parameters before anything is stored. Returns the Location: `/subscriptions/{id}` on the
 * request's own origin, where DeleteSubscription removes it.
 */
export async function subscribe(
  ctx: HandlerContext,
  request: Request,
  call: Call,
  dataset: string,
  kind: TriggerKind,
  filter: (instance: Instance, query: URLSearchParams) => Filter = () => ({}),
): Promise<string> {
  const instance = ctx.store.instance(dataset);
  const parameters = filter(instance, call.query);
  const callbackUrl = await callbackUrlOf(ctx, request);
  const subscription = ctx.store.subscriptions.add({ instance: instance.id, kind, callbackUrl, connection: call.connection, ...parameters });
  return `${call.url.origin}/subscriptions/${subscription.id}`;
}

/** A required number parameter of a trigger (400 MissingParameter when absent). */
export function numberParam(query: URLSearchParams, name: string, integer: boolean): number {
  return parseNumberParam(name, requiredParam(query, name), integer);
}
