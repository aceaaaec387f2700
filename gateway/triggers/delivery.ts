/**
 * One notification to one callback. At least once: the poller saves the mark only after a 2xx,
 * so a notification whose answer was lost is sent again, with the same `Idempotency-Key`
 * (subscription + event) for the receiver to recognise it. 404 and 410 mean the flow is gone.
 */
import { createHash } from 'node:crypto';
import { OutboundError, postJson } from '../../scripts/core/outbound-post.js';
import type { StoredSubscription } from '../store/index.js';
import { outboundPolicy, type CallbackRules } from './callback-policy.js';
import type { TriggerEvent, TriggerPayload } from './rules/index.js';

/** Posts JSON to a callback URL; resolves to the answer's status, throws when there was none. */
export type CallbackPost = (url: string, payload: TriggerPayload, headers: Record<string, string>, signal?: AbortSignal) => Promise<{ status: number }>;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export type DeliveryOutcome =
  | { kind: 'accepted'; status: number }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status?: number; reason: string };

/** The policy-checked poster of scripts/core/outbound-post.ts: allow-listed https hosts, pinned address, no redirects, bounded answer. */
export function createCallbackPost(rules: CallbackRules): CallbackPost {
  const policy = outboundPolicy(rules);
  return (url, payload, headers, signal) => postJson(url, payload, policy, headers, signal ? { signal } : {});
}

/** `<subscription id>:<hash of the event id>`: the same for every attempt of one notification, and short. */
export function idempotencyKey(subscriptionId: string, eventId: string): string {
  return `${subscriptionId}:${createHash('sha256').update(eventId).digest('hex').slice(0, 32)}`;
}

export async function deliver(post: CallbackPost, subscription: Pick<StoredSubscription, 'id' | 'callbackUrl'>, event: TriggerEvent, signal?: AbortSignal): Promise<DeliveryOutcome> {
  try {
    const { status } = await post(subscription.callbackUrl, event.payload, { [IDEMPOTENCY_HEADER]: idempotencyKey(subscription.id, event.id) }, signal);
    if (status >= 200 && status <= 299) return { kind: 'accepted', status };
    if (status === 404 || status === 410) return { kind: 'gone', status };
    return { kind: 'failed', status, reason: `the callback answered ${status}` };
  } catch (error) {
    // OutboundError messages name the scheme and host only, never the URL.
    return { kind: 'failed', reason: error instanceof OutboundError ? error.message : 'the post failed' };
  }
}
