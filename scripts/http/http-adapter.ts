/**
 * node:http ⇄ Fetch API, so the msw handlers (which speak `Request`/`Response`) can answer real
 * sockets. @mswjs/http-middleware does the same through express; this adapter skips express's
 * router and middleware stack because every request ends in the handlers anyway, and the serve
 * benchmark (bench/serve.bench.ts) has a budget of a few hundred microseconds per request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { knownBody } from './direct-response.js';

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** The client closed the connection before its request body was complete: there is nobody to answer. */
export class ClientAbortError extends Error {
  override name = 'ClientAbortError';
}

/**
 * What the adapter needs from a request's header lines, read in one pass over `rawHeaders`. Node
 * builds `req.headers` lazily, and building it cost more than anything else the adapter did for a
 * small request (bench/serve.bench.ts), so nothing on the request path touches it.
 */
export interface RequestHead {
  /** The end-to-end headers, for the Fetch Request the handlers see. */
  headers: Headers;
  host: string | undefined;
  forwardedHost: string | undefined;
  forwardedProto: string | undefined;
  /** The declared body length; `undefined` when none is declared. */
  contentLength: number | undefined;
  chunked: boolean;
}

// Hop-by-hop headers describe this socket, not the request; passing them on to a Fetch Request
// would make undici reject it or describe a body that is no longer chunked.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

export function readHead(req: IncomingMessage): RequestHead {
  const head: RequestHead = { headers: new Headers(), host: undefined, forwardedHost: undefined, forwardedProto: undefined, contentLength: undefined, chunked: false };
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    const value = raw[i + 1]!;
    const lower = name.toLowerCase();
    // The first of repeated headers, as req.headers keeps for these.
    if (lower === 'host') head.host ??= value;
    else if (lower === 'x-forwarded-host') head.forwardedHost ??= value;
    else if (lower === 'x-forwarded-proto') head.forwardedProto ??= value;
    else if (lower === 'content-length') head.contentLength ??= Number(value);
    else if (lower === 'transfer-encoding') head.chunked = true;
    if (!HOP_BY_HOP.has(lower)) head.headers.append(name, value);
  }
  return head;
}

/**
 * Reads the whole request body; `undefined` when there is none (GET, DELETE, empty POST). Bodies
 * over `limit` bytes are refused (the backend's own limit, so the answer is the same 413 either way).
 */
export function readBody(req: IncomingMessage, limit: number, head: RequestHead = readHead(req)): Promise<Buffer | undefined> {
  // Neither a length nor chunked encoding: HTTP/1.1 says there is no body, so there is nothing to wait for.
  if (!head.chunked && (head.contentLength === undefined || head.contentLength === 0)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const declared = head.contentLength ?? 0;
    if (declared > limit) {
      // Drain without buffering so the socket can still carry the 413 answer.
      req.resume();
      reject(new BodyTooLargeError(`The request body exceeds the limit of ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new BodyTooLargeError(`The request body exceeds the limit of ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      if (!failed) resolve(size === 0 ? undefined : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    });
    // A client that disconnects mid-body makes the stream error ("aborted") or just close.
    req.on('error', () => reject(new ClientAbortError('The client closed the connection before the request body was complete')));
    req.on('close', () => {
      if (!ended) reject(new ClientAbortError('The client closed the connection before the request body was complete'));
    });
  });
}

const HOST_PATTERN = /^[A-Za-z0-9.\-_[\]:]+$/;

/** Origins already checked, by scheme and host: every request of a client carries the same `Host`. */
const checkedOrigins = new Map<string, string | null>();
const CHECKED_ORIGINS_LIMIT = 256;

/**
 * The origin the client used to reach us. Handlers build absolute URLs from the request's URL
 * (the subscription's `Location`), so that URL has to be one the client can call back: the
 * `Host` header, or the `X-Forwarded-*` headers a tunnel adds when a cloud flow calls a local
 * backend through one. Anything that does not look like a host falls back to our own address.
 */
export function requestOrigin(head: RequestHead, fallback: string): string {
  const host = firstValue(head.forwardedHost) ?? head.host;
  if (!host) return fallback;
  const proto = firstValue(head.forwardedProto);
  const scheme = proto === 'https' || proto === 'http' ? proto : 'http';
  const key = `${scheme}://${host}`;
  let origin = checkedOrigins.get(key);
  if (origin === undefined) {
    origin = checkedOrigin(scheme, host);
    if (checkedOrigins.size >= CHECKED_ORIGINS_LIMIT) checkedOrigins.clear();
    checkedOrigins.set(key, origin);
  }
  return origin ?? fallback;
}

function checkedOrigin(scheme: string, host: string): string | null {
  if (!HOST_PATTERN.test(host)) return null;
  // The character check lets through what is no host at all (`[`, `1:2:3`, port 99999); only an
  // origin the URL parser reads back as itself is used, anything else gets our own address.
  const origin = `${scheme}://${host}`;
  try {
    const parsed = new URL(origin);
    if (parsed.host.toLowerCase() !== host.toLowerCase() && `${parsed.host}:${defaultPort(scheme)}` !== host.toLowerCase()) return null;
  } catch {
    return null;
  }
  return origin;
}

function defaultPort(scheme: string): string {
  return scheme === 'https' ? '443' : '80';
}

function firstValue(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

export function toFetchRequest(req: IncomingMessage, origin: string, body: Buffer | undefined, head: RequestHead = readHead(req), method = req.method ?? 'GET'): Request {
  const hasBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  // The copy gives the body its own ArrayBuffer, which is what the DOM BodyInit type asks for;
  // bodies are small (readBody's limit), so it costs nothing measurable.
  return new Request(origin + (req.url ?? '/'), { method, headers: head.headers, ...(hasBody ? { body: new Uint8Array(body) } : {}) });
}

export async function sendFetchResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length > 0) headers['set-cookie'] = setCookies;
  const noBody = method === 'HEAD' || response.status === 204 || response.status === 304;
  // A known body is written as it is; `response.body` is not touched, so no stream is made for it.
  const known = noBody ? undefined : knownBody(response);
  const chunks = noBody ? [] : (known ?? (response.body === null ? [] : [Buffer.from(await response.arrayBuffer())]));
  if (!noBody) headers['content-length'] = String(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (chunks.length <= 1) {
    res.end(chunks[0]);
    return;
  }
  // Corked, the head and every chunk leave in one writev, as one buffer would.
  res.cork();
  for (let i = 0; i < chunks.length - 1; i++) res.write(chunks[i]);
  res.end(chunks.at(-1));
}

/** A JSON answer written straight to the socket (the control surface and the adapter's own errors). */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value, null, 2) + '\n');
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length), ...headers });
  res.end(body);
}

/** The error body shape of the backend (`{ error: { code, message } }`), for answers the handlers never see. */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}
