/**
 * The local end of a webhook subscription: an HTTP server on 127.0.0.1 that stands where the
 * platform's callback would be. Each subscription gets its own unguessable path, so a notification
 * is attributed to the subscription it was sent for and nothing else can post into another's.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probeLimits } from './limits.js';

export interface Slot {
  /** The callback URL to subscribe with (a secret: never shown in the report). */
  url: string;
  /** The next notification's body, or `undefined` when none arrives within `timeoutMs`. */
  next(timeoutMs: number): Promise<{ body: unknown } | undefined>;
}

export interface Receiver {
  slot(): Slot;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const inboxes = new Map<string, { queue: unknown[]; wake?: () => void }>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const inbox = req.method === 'POST' ? inboxes.get((req.url ?? '').split('?')[0]!) : undefined;
    if (!inbox) {
      res.writeHead(404, { 'content-length': '0' }).end();
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > probeLimits.maxNotificationBytes) {
        res.writeHead(413, { 'content-length': '0', connection: 'close' }).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // Kept as text: the check against the payload schema says what is wrong with it.
      }
      inbox.queue.push(body);
      inbox.wake?.();
      res.writeHead(200, { 'content-length': '0' }).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    slot() {
      const path = `/notify/${randomBytes(16).toString('hex')}`;
      const inbox: { queue: unknown[]; wake?: () => void } = { queue: [] };
      inboxes.set(path, inbox);
      return {
        url: `${origin}${path}`,
        next(timeoutMs) {
          if (inbox.queue.length > 0) return Promise.resolve({ body: inbox.queue.shift() });
          return new Promise((resolve) => {
            const timer = setTimeout(() => {
              inbox.wake = undefined;
              resolve(undefined);
            }, timeoutMs);
            inbox.wake = () => {
              clearTimeout(timer);
              inbox.wake = undefined;
              resolve({ body: inbox.queue.shift() });
            };
          });
        },
      };
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
