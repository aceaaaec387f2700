/**
 * The fetch the typed client sends through: it signs each attempt with the connection's token,
 * waits for the connection's pacer, and on 429 waits for Retry-After and tries again. Everything
 * openapi-fetch does (URL building, serialisation, parsing) stays openapi-fetch's.
 */
import type { Clock } from '../scripts/core/pacing/clock.js';
import { withODataErrorBody } from './odata-error.js';
import type { PacingPolicy } from '../scripts/core/pacing/pacer.js';
import { pacerForConnection } from '../scripts/core/pacing/pacer-registry.js';
import { parseRetryAfter } from '../scripts/core/pacing/retry-after.js';
import { resolveToken } from './token.js';
import type { TokenSource } from './token.js';

export type FetchLike = (input: Request) => Promise<Response>;

export interface RetryOptions {
  /**
   * Retries after a 429 before the 429 is returned to the caller. Each retry is a call and counts
   * against the budget. Default 4, the default of Power Automate's retry policy.
   */
  maxRetries?: number;
  /** A Retry-After longer than this is not waited for; the 429 is returned. Default 120 000 ms. */
  maxDelayMs?: number;
}

export const defaultRetry: Required<RetryOptions> = Object.freeze({ maxRetries: 4, maxDelayMs: 120_000 });

export interface ThrottledFetchOptions {
  baseUrl: string;
  token: TokenSource;
  fetch: FetchLike;
  clock: Clock;
  policies: readonly PacingPolicy[];
  /** Names the connection for pacing instead of its token (see CreateClientOptions). */
  connectionId?: string;
  retry: Required<RetryOptions>;
}

/** Without Retry-After the server gave no hint: back off 1 s, 2 s, 4 s… (the pacer adds its own wait). */
function fallbackDelayMs(attempt: number): number {
  return 1000 * 2 ** attempt;
}

export function createThrottledFetch(options: ThrottledFetchOptions): FetchLike {
  const { clock, retry } = options;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      // A caller that gave up (AbortSignal) while waiting for the budget or a Retry-After gets the
      // abort error instead of a call sent on its behalf.
      request.signal.throwIfAborted();
      const token = await resolveToken(options.token);
      const pacer = pacerForConnection(clock, options.baseUrl, options.connectionId ?? token, options.policies);
      // Each attempt sends a fresh copy: a request body can be read only once.
      const attemptRequest = request.clone();
      attemptRequest.headers.set('Authorization', `Bearer ${token}`);
      const permit = await pacer.acquire();
      if (request.signal.aborted) {
        permit.cancel();
        request.signal.throwIfAborted();
      }
      let response: Response;
      try {
        response = await options.fetch(attemptRequest);
      } finally {
        permit.done();
      }
      if (response.status !== 429) return withODataErrorBody(response);

      const now = clock.now();
      const delayMs = parseRetryAfter(response.headers.get('Retry-After'), now) ?? fallbackDelayMs(attempt);
      // Other calls on this connection would only meet the same 429: hold them too.
      pacer.pauseUntil(now + delayMs);
      if (attempt >= retry.maxRetries || delayMs > retry.maxDelayMs) return withODataErrorBody(response);
      // Drain the (small) 429 body so the underlying connection is released. Not cancel(): on a
      // response intercepted by msw, cancel() was seen never to settle.
      await response.arrayBuffer().catch(() => undefined);
    }
  };
}
