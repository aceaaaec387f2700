/**
 * `postJson()`: one JSON POST to a URL someone else chose (a webhook callback, a notification
 * target), made safe to run on a server that is reachable from outside.
 *
 * - The host name is resolved once and every address it resolves to is checked; the connection is
 *   then pinned to the checked addresses (the request's `lookup` returns them), so a second DNS
 *   answer cannot swap in an internal address between the check and the connect.
 * - Loopback, private, link-local, unspecified, multicast, documentation and IPv4-mapped addresses
 *   are refused unless the policy allows local targets. Odd spellings such as `2130706433`,
 *   `0x7f.1` or `127.1` are normalised by the WHATWG URL parser before the check, so they are caught
 *   as what they are.
 * - Redirects are never followed: a 3xx is just the status of the answer.
 * - At most `maxResponseBytes` of the answer are read; the rest is discarded by closing the socket.
 * - The timeout is a timer owned here that covers the whole call (resolution, connect, answer). It
 *   is not `AbortSignal.timeout()`, which can be garbage-collected while a derived signal waits.
 * - Error messages name the scheme and host only: callback URLs carry signatures in their query.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export interface OutboundPolicy {
  /** Allow loopback, private and link-local targets (local development and tests only). */
  allowLocal: boolean;
  /** When set, only these host names: exact (`hooks.example.com`) or a suffix (`*.example.com`, subdomains only). */
  allowedHosts?: readonly string[];
  /** Refuse plain `http:` targets. */
  requireHttps?: boolean;
  /** The whole call, from resolving the name to the end of the answer, in milliseconds. */
  timeoutMs: number;
  /** Read at most this many bytes of the answer; the rest is discarded. */
  maxResponseBytes: number;
}

export interface PostOptions {
  /** Aborting it abandons the call with an {@link OutboundFailedError} (for example, a server shutting down). */
  signal?: AbortSignal;
}

export interface PostResult {
  /** HTTP status of the answer. */
  status: number;
}

export type OutboundErrorKind = 'refused' | 'failed' | 'timeout';

/** Base of the three errors `postJson` throws; `target` is `scheme://host[:port]`, never the path or query. */
export abstract class OutboundError extends Error {
  abstract readonly kind: OutboundErrorKind;
  constructor(
    message: string,
    readonly target: string,
  ) {
    super(message);
  }
}

/** The policy refused the URL or the address its host resolves to; nothing was sent. */
export class OutboundRefusedError extends OutboundError {
  override name = 'OutboundRefusedError';
  readonly kind = 'refused' as const;
}

/** The name did not resolve, the connection failed or broke, or the call was abandoned. */
export class OutboundFailedError extends OutboundError {
  override name = 'OutboundFailedError';
  readonly kind = 'failed' as const;
  constructor(
    message: string,
    target: string,
    /** The system error code when there is one (`ECONNREFUSED`, `ENOTFOUND`, …). */
    readonly code?: string,
  ) {
    super(message, target);
  }
}

/** No complete answer within the policy's `timeoutMs`. */
export class OutboundTimeoutError extends OutboundError {
  override name = 'OutboundTimeoutError';
  readonly kind = 'timeout' as const;
}

/**
 * Addresses that are not on the public internet. Each line is one range; IPv4-mapped IPv6
 * (`::ffff:0:0/96`) is refused whole, whatever it maps to, since nobody publishes a webhook that way.
 */
const NON_PUBLIC_RANGES: ReadonlyArray<readonly [string, number, 'ipv4' | 'ipv6']> = [
  ['0.0.0.0', 8, 'ipv4'], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, includes broadcast
  ['::', 128, 'ipv6'], // unspecified
  ['::1', 128, 'ipv6'],
  ['::', 96, 'ipv6'], // IPv4-compatible (deprecated)
  ['::ffff:0:0', 96, 'ipv6'], // IPv4-mapped
  ['64:ff9b::', 96, 'ipv6'], // NAT64: reaches IPv4 addresses, private ones included
  ['64:ff9b:1::', 48, 'ipv6'],
  ['100::', 64, 'ipv6'], // discard
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['2002::', 16, 'ipv6'], // 6to4: embeds an IPv4 address
  ['fc00::', 7, 'ipv6'], // unique local
  ['fe80::', 10, 'ipv6'], // link-local
  ['fec0::', 10, 'ipv6'], // site-local (deprecated)
  ['ff00::', 8, 'ipv6'], // multicast
];

// One list per family: a BlockList checks IPv4 addresses against IPv6 rules as IPv4-mapped
// addresses, so a single list with `::ffff:0:0/96` in it would refuse every IPv4 address.
const nonPublicV4 = new BlockList();
const nonPublicV6 = new BlockList();
for (const [network, prefix, family] of NON_PUBLIC_RANGES) (family === 'ipv4' ? nonPublicV4 : nonPublicV6).addSubnet(network, prefix, family);

/** True when `address` (an IP literal) is loopback, private, link-local, unspecified, mapped or otherwise not public. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: never treat it as public
  return family === 4 ? nonPublicV4.check(address, 'ipv4') : nonPublicV6.check(address, 'ipv6');
}

/** `hooks.example.com` matches itself only; `*.example.com` matches its subdomains, not `example.com`. */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return allowedHosts.some((pattern) => {
    const p = pattern.toLowerCase().replace(/\.$/, '');
    if (p.startsWith('*.')) return name.endsWith(p.slice(1)) && name.length > p.length - 1;
    return name === p;
  });
}

/** `scheme://host[:port]` of a URL: what errors and logs may show. */
export function targetOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

interface Resolved {
  address: string;
  family: 4 | 6;
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });
}

/**
 * POSTs `body` as JSON to `url` under `policy`. Resolves to the answer's status, whatever it is
 * (3xx included: redirects are not followed); throws an {@link OutboundError} otherwise.
 */
export async function postJson(
  url: string | URL,
  body: unknown,
  policy: OutboundPolicy,
  headers?: Readonly<Record<string, string>>,
  options: PostOptions = {},
): Promise<PostResult> {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : new URL(url.href);
  } catch {
    throw new OutboundRefusedError('The target is not a valid absolute URL', '(invalid URL)');
  }
  const target = targetOf(parsed);
  const refuse = (why: string): never => {
    throw new OutboundRefusedError(`Refused to post to ${target}: ${why}`, target);
  };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') refuse(`only http and https are allowed, not ${parsed.protocol}`);
  if (policy.requireHttps && parsed.protocol !== 'https:') refuse('https is required');
  if (parsed.username !== '' || parsed.password !== '') refuse('credentials in the URL are not allowed');
  const hostname = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
  if (hostname === '') refuse('the URL has no host');
  if (policy.allowedHosts && !hostAllowed(hostname, policy.allowedHosts)) refuse('the host is not in the allowed list');

  const payload = Buffer.from(JSON.stringify(body) ?? 'null', 'utf8');

  return new Promise<PostResult>((resolve, reject) => {
    let settled = false;
    let request: ClientRequest | undefined;
    let response: IncomingMessage | undefined;
    const timer = setTimeout(() => {
      // An answer whose status came but whose body dawdles still answered: its status stands.
      if (response) finish({ status: response.statusCode ?? 0 });
      else finish(new OutboundTimeoutError(`No answer from ${target} within ${policy.timeoutMs} ms`, target));
    }, policy.timeoutMs);
    const onAbort = () => finish(new OutboundFailedError(`The post to ${target} was abandoned`, target, 'ABORTED'));

    function finish(outcome: PostResult | OutboundError): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever is still open goes: an answer larger than the limit, a connect in progress.
      response?.destroy();
      request?.destroy();
      if (outcome instanceof OutboundError) reject(outcome);
      else resolve(outcome);
    }

    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const pick = async (): Promise<Resolved[]> => {
      const literal = isIP(hostname);
      const addresses: LookupAddress[] = literal !== 0 ? [{ address: hostname, family: literal }] : await resolveAll(hostname);
      if (addresses.length === 0) throw new OutboundFailedError(`${target} resolves to no address`, target, 'ENOTFOUND');
      if (!policy.allowLocal) {
        const blocked = addresses.filter((a) => isNonPublicAddress(a.address));
        if (blocked.length > 0) {
          refuse(`${literal !== 0 ? 'the address' : 'the host resolves to'} ${blocked.map((a) => a.address).join(', ')}, which is loopback, private, link-local or otherwise not public`);
        }
      }
      return addresses.map((a): Resolved => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    };

    pick().then(
      (pinned) => {
        if (settled) return;
        // The connection goes to the addresses checked above, whatever DNS would say now. All of
        // them, when the socket asks for all (Happy Eyeballs: `localhost` may be ::1 and 127.0.0.1).
        const lookup: LookupFunction = (_name, lookupOptions, callback) => {
          if (lookupOptions.all) callback(null, pinned.map((a) => ({ address: a.address, family: a.family })));
          else callback(null, pinned[0]!.address, pinned[0]!.family);
        };
        const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
        request = send(parsed, {
          method: 'POST',
          agent: false,
          lookup,
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(payload.length),
          },
        });
        request.on('response', (answer) => {
          response = answer;
          let read = 0;
          answer.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read >= policy.maxResponseBytes) finish({ status: answer.statusCode ?? 0 });
          });
          answer.on('end', () => finish({ status: answer.statusCode ?? 0 }));
          answer.on('error', () => finish({ status: answer.statusCode ?? 0 }));
          answer.on('aborted', () => finish({ status: answer.statusCode ?? 0 }));
        });
        request.on('error', (error: NodeJS.ErrnoException) => {
          finish(new OutboundFailedError(`The post to ${target} failed${error.code ? ` (${error.code})` : ''}`, target, error.code));
        });
        request.end(payload);
      },
      (error: unknown) => {
        if (error instanceof OutboundError) finish(error);
        else {
          const code = (error as NodeJS.ErrnoException | undefined)?.code;
          finish(new OutboundFailedError(`Cannot resolve the host of ${target}${code ? ` (${code})` : ''}`, target, code));
        }
      },
    );
  });
}
