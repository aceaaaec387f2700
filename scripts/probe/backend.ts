/**
 * The only way the probe talks to the backend: every call goes to the backend it was given (a URL
 * elsewhere is refused before anything is sent), carries the connection's token, waits for the
 * connection's pacer (the client's, so a probe keeps to the connector's throttling limits instead
 * of learning them from a 429), and is cut off after a timeout and a size limit.
 */
import { performance } from 'node:perf_hooks';
import { systemClock, type Clock } from '../core/pacing/clock.js';
import type { PacingPolicy } from '../core/pacing/pacer.js';
import { pacerForConnection } from '../core/pacing/pacer-registry.js';
import { parseRetryAfter } from '../core/pacing/retry-after.js';
import { BodyTooLargeError, decodeJsonOrText, readBodyText } from '../core/read-body.js';
import { probeLimits } from './limits.js';
import type { ProbeRequest } from './types.js';

export interface BackendCall {
  method: string;
  /** Absolute URL on the backend, or a path below it. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** What the report shows as the body (the body with secrets such as callback URLs replaced). */
  shownBody?: unknown;
}

export interface BackendAnswer {
  request: ProbeRequest;
  /** 0 when no answer came (network error, timeout, refused URL). */
  status: number;
  headers: Headers;
  /** Parsed JSON, the text when it is not JSON, `undefined` when empty. */
  body: unknown;
  ms: number;
  error?: string;
}

export interface Backend {
  /** The backend's base URL, without a trailing slash. */
  readonly url: string;
  /** Calls made so far. */
  readonly calls: number;
  /** 429 answers met despite pacing (each is also a failure in the report). */
  readonly throttled: number;
  send(call: BackendCall): Promise<BackendAnswer>;
  /** Whether `url` is on this backend (same origin, below its base path). */
  owns(url: string): boolean;
  /** The path of `url` below the backend's base URL (`/subscriptions/1`), or `undefined` when it is not on the backend. */
  relativePath(url: string): string | undefined;
}

export interface BackendOptions {
  url: string;
  token: string;
  policies: readonly PacingPolicy[];
  fetch?: typeof fetch;
  clock?: Clock;
}

export function createBackend(options: BackendOptions): Backend {
  const base = new URL(options.url);
  const baseUrl = options.url.replace(/\/+$/, '');
  const basePath = base.pathname.replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const doFetch = options.fetch ?? globalThis.fetch;
  // The pacer is shared with typed clients of the same backend and token in this process.
  const pacer = pacerForConnection(clock, baseUrl, options.token, options.policies);
  let calls = 0;
  let throttled = 0;

  function absolute(url: string): URL {
    return /^[a-z][a-z0-9+.-]*:/i.test(url) ? new URL(url) : new URL(baseUrl + (url.startsWith('/') ? url : `/${url}`));
  }

  function owns(url: string): boolean {
    let target: URL;
    try {
      target = absolute(url);
    } catch {
      return false;
    }
    return target.origin === base.origin && (basePath === '' || target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
  }

  return {
    url: baseUrl,
    get calls() {
      return calls;
    },
    get throttled() {
      return throttled;
    },
    owns,
    relativePath(url) {
      if (!owns(url)) return undefined;
      return absolute(url).pathname.slice(basePath.length) || '/';
    },
    async send(call) {
      const started = performance.now();
      let target: URL;
      try {
        target = absolute(call.url);
      } catch {
        return refused(call, `'${call.url}' is not a URL`);
      }
      const request: ProbeRequest = {
        method: call.method.toUpperCase(),
        url: target.href,
        ...(call.shownBody !== undefined ? { body: call.shownBody } : call.body !== undefined ? { body: call.body } : {}),
      };
      if (!owns(target.href)) return { ...refused(call, `refused to call ${target.origin}: the probe calls only the backend it was given (${base.origin})`), request };

      const headers: Record<string, string> = { accept: 'application/json', ...call.headers, authorization: `Bearer ${options.token}` };
      let payload: string | undefined;
      if (call.body !== undefined) {
        payload = JSON.stringify(call.body);
        headers['content-type'] = 'application/json';
      }
      const permit = await pacer.acquire();
      calls++;
      try {
        const response = await doFetch(target, {
          method: request.method,
          headers,
          ...(payload !== undefined ? { body: payload } : {}),
          redirect: 'manual',
          signal: AbortSignal.timeout(probeLimits.requestTimeoutMs),
        });
        const text = await readLimited(response);
        if (response.status === 429) {
          throttled++;
          const wait = parseRetryAfter(response.headers.get('retry-after'), clock.now());
          if (wait !== undefined) pacer.pauseUntil(clock.now() + wait);
        }
        return { request, status: response.status, headers: response.headers, body: decodeJsonOrText(text), ms: performance.now() - started };
      } catch (error) {
        const reason = error instanceof Error ? (error.name === 'TimeoutError' ? `no answer within ${probeLimits.requestTimeoutMs} ms` : error.message) : String(error);
        return { request, status: 0, headers: new Headers(), body: undefined, ms: performance.now() - started, error: reason };
      } finally {
        permit.done();
      }
    },
  };

  function refused(call: BackendCall, error: string): BackendAnswer {
    return { request: { method: call.method.toUpperCase(), url: call.url }, status: 0, headers: new Headers(), body: undefined, ms: 0, error };
  }
}

/** The answer's text, at most `probeLimits.maxAnswerBytes` of it (a larger answer fails the call). */
async function readLimited(response: Response): Promise<string> {
  try {
    return await readBodyText(response, probeLimits.maxAnswerBytes);
  } catch (error) {
    throw error instanceof BodyTooLargeError ? new Error(`the answer is larger than ${probeLimits.maxAnswerBytes} bytes`) : error;
  }
}
