/**
 * Where notifications may go. A callback URL is a secret (the platform signs it in its query), so
 * it is stored as given but shown only as scheme + host + a short hash. Deliveries go to https
 * hosts on the allow-list only; `allowLocalCallbacks` (tests, local development) also lets http
 * and loopback or private addresses through.
 */
import { createHash } from 'node:crypto';
import { hostAllowed, targetOf, type OutboundPolicy } from '../../scripts/core/outbound-post.js';
import { ApiError } from '../../mocks/index.js';

export interface CallbackRules {
  callbackHosts: readonly string[];
  allowLocalCallbacks: boolean;
}

/** Callback URLs longer than this are refused at subscribe time (the platform's are a few hundred bytes). */
export const MAX_CALLBACK_URL_LENGTH = 4_096;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1'];

/** What a log line may say about a callback URL. */
export function describeCallback(url: string): { target: string; targetHash: string } {
  let target = '(invalid URL)';
  try {
    target = targetOf(new URL(url));
  } catch {
    // keep the placeholder
  }
  return { target, targetHash: createHash('sha256').update(url).digest('hex').slice(0, 12) };
}

export function allowedHosts(rules: CallbackRules): readonly string[] {
  return rules.allowLocalCallbacks ? [...rules.callbackHosts, ...LOCAL_HOSTS] : rules.callbackHosts;
}

export function outboundPolicy(rules: CallbackRules): OutboundPolicy {
  return {
    allowLocal: rules.allowLocalCallbacks,
    allowedHosts: allowedHosts(rules),
    requireHttps: !rules.allowLocalCallbacks,
    timeoutMs: 10_000,
    maxResponseBytes: 64 * 1024,
  };
}

/** The subscription body's callback URL, checked against the rules before anything is stored (400 otherwise). */
export function checkedCallbackUrl(value: unknown, rules: CallbackRules): string {
  const refuse = (why: string) => new ApiError(400, 'InvalidCallbackUrl', why);
  if (typeof value !== 'string' || value === '') throw refuse('The subscription body must be a JSON object with a callbackUrl string');
  if (value.length > MAX_CALLBACK_URL_LENGTH) throw refuse(`callbackUrl is longer than ${MAX_CALLBACK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('callbackUrl is not an absolute URL');
  }
  const target = targetOf(url);
  if (url.protocol !== 'https:' && !(rules.allowLocalCallbacks && url.protocol === 'http:')) {
    throw refuse(`callbackUrl must use https, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') throw refuse('callbackUrl must not carry credentials before the host');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (!hostAllowed(host, allowedHosts(rules))) {
    throw refuse(`callbackUrl's host (${target}) is not on the gateway's callback allow-list; the operator can add it with callbackHosts in the configuration`);
  }
  return value;
}
