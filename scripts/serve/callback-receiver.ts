/**
 * A stand-in for the Power Automate side of a webhook trigger: an HTTP server on 127.0.0.1 that
 * accepts the notifications the mock backend POSTs to a subscription's callback URL and prints
 * them. The walkthrough in scripts/serve/README.md uses it, and so does the end-to-end test that
 * follows the walkthrough.
 *
 *   npx tsx scripts/serve/callback-receiver.ts [--port N]     (default 4311; 0 picks a free port)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const DEFAULT_RECEIVER_PORT = 4311;

export interface Notification {
  method: string;
  /** Path and query the notification was posted to. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
  receivedAt: string;
}

export interface CallbackReceiver {
  /** `http://127.0.0.1:<port>/notify`: the callback URL to subscribe with. */
  url: string;
  port: number;
  /** Everything received so far, oldest first. */
  readonly notifications: readonly Notification[];
  /** Resolves with the next notification not yet returned by `next`, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Notification>;
  close(): Promise<void>;
}

/** Bodies larger than this are cut off: trigger payloads are a few hundred bytes. */
const MAX_NOTIFICATION_BYTES = 1024 * 1024;

export async function startCallbackReceiver(options: { port?: number; onNotification?: (n: Notification) => void } = {}): Promise<CallbackReceiver> {
  const notifications: Notification[] = [];
  let consumed = 0;
  const waiters: (() => void)[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_NOTIFICATION_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // Not JSON: keep the text, so a malformed notification is still visible.
      }
      const notification: Notification = { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body, receivedAt: new Date().toISOString() };
      notifications.push(notification);
      options.onNotification?.(notification);
      for (const wake of waiters.splice(0)) wake();
      // 200 with an empty body: what a Logic Apps / Power Automate callback answers.
      res.writeHead(200, { 'content-length': '0' });
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/notify`,
    port,
    notifications,
    next(timeoutMs = 5_000) {
      return new Promise<Notification>((resolve, reject) => {
        const take = () => {
          if (consumed < notifications.length) {
            clearTimeout(timer);
            resolve(notifications[consumed++]!);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          const index = waiters.indexOf(wait);
          if (index >= 0) waiters.splice(index, 1);
          reject(new Error(`no notification arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        const wait = () => {
          if (!take()) waiters.push(wait);
        };
        wait();
      });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? DEFAULT_RECEIVER_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`callback-receiver: --port must be a whole number from 0 to 65535 (got '${values.port}')\n`);
    process.exitCode = 2;
    return;
  }
  let receiver: CallbackReceiver;
  try {
    receiver = await startCallbackReceiver({
      port,
      onNotification: (n) => process.stdout.write(`\n${n.receivedAt} ${n.method} ${n.path}\n${JSON.stringify(n.body, null, 2)}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`callback-receiver: ${code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port N` : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`Waiting for notifications on ${receiver.url}  (Ctrl+C to stop)\n`);
  const stop = () => void receiver.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
