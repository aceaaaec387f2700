/**
 * Helpers for the end-to-end tests of `insights-connector serve`: plain HTTP calls over real
 * sockets (these tests never install msw's interception; the server answers on 127.0.0.1).
 */
import { startServer, type RunningServer, type ServerOptions } from '../../scripts/serve/server.js';

export interface CallOptions {
  method?: string;
  /** Bearer token; `null` sends no Authorization header. Default: `e2e-token`. */
  token?: string | null;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or `undefined` for an empty body. */
  json: any;
  text: string;
}

export async function call(base: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? 'e2e-token' : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(base + path, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let json: unknown;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, json, text };
}

/**
 * Starts a server on a free port that logs into an array instead of stdout. Local callbacks are
 * allowed unless the options say otherwise: the tests' receivers listen on 127.0.0.1.
 */
export async function startTestServer(options: Omit<ServerOptions, 'port' | 'log'> = {}): Promise<RunningServer & { log: string[] }> {
  const log: string[] = [];
  const server = await startServer({ allowLocalCallbacks: true, ...options, port: 0, log: (line) => log.push(line) });
  return Object.assign(server, { log });
}

export const LOYALTY = '00000000-0000-4000-8000-000000000001';
export const SANDBOX = '00000000-0000-4000-8000-000000000002';
