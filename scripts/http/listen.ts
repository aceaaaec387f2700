/**
 * Binding and closing a node:http server the same way in every command that listens (`serve`,
 * `gateway`): a bind failure becomes a {@link ListenError} that says what to do about it, which the
 * CLI reports as a usage problem (exit 2) rather than a crash; closing drops idle keep-alive
 * connections at once and cuts the rest after a grace period, so shutdown never waits on a slow client.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How long a response still being written may take once the server is closing. */
export const CLOSE_GRACE_MS = 2_000;

export class ListenError extends Error {
  override name = 'ListenError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly port: number,
  ) {
    super(message);
  }
}

/** Listens on `host:port` (0 for a free port) and resolves to the port bound. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(new ListenError(describeListenError(error, host, port), error.code, port));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host });
  });
}

export function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use; choose another with --port N, or --port 0 for a free one`;
    case 'EACCES':
      return `not allowed to listen on port ${port} on ${host}; ports below 1024 usually need extra rights, so pick a higher one`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${host}: no such local address (--host takes an address of this machine, e.g. 127.0.0.1 or 0.0.0.0)`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}

/** Stops accepting connections and resolves once the server is closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
