/**
 * A restart: the gateway process is killed (SIGKILL, no shutdown) and started again on the same
 * SQLite file. No subscription is lost and no delivery that was accepted is sent again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createManualClock, defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from '../../mocks/index.js';
import { LOYALTY, startReceiver, type Receiver } from './testing.js';

const CHILD = fileURLToPath(new URL('./restart.child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  /** Parsed log lines so far. */
  lines: Record<string, unknown>[];
  /** Resolves when a log line matching `predicate` arrives after this call. */
  waitFor(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

async function startChild(apiUrl: string, file: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, apiUrl, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: { predicate: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let resolveUrl: (url: string) => void;
  const url = new Promise<string>((resolve) => (resolveUrl = resolve));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof line['url'] === 'string' && line['event'] === undefined) resolveUrl(line['url']);
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  return {
    process: child,
    url: await url,
    lines,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for a log line; the last ones: ${lines.slice(-4).map((l) => JSON.stringify(l)).join('\n')}`)), timeoutMs);
        waiters.push({ predicate, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
  };
}

function kill(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

const polled = (line: Record<string, unknown>) => line['event'] === 'poll' && line['outcome'] === 'polled';

let fake: FakeRestApi;
let receiver: Receiver;
let folder: string;
const clock = createManualClock('2026-03-02T08:00:00Z');

beforeAll(async () => {
  fake = await startFakeRestApi({ clock });
  receiver = await startReceiver();
  folder = mkdtempSync(join(tmpdir(), 'gateway-restart-'));
});
afterAll(async () => {
  await receiver?.close();
  await fake?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a killed gateway restarted on the same SQLite file keeps its subscriptions and repeats no accepted delivery', async () => {
  const file = join(folder, 'gateway.db');
  const token = makeTestToken(defaultTestIdentity);
  let child = await startChild(fake.url, file);
  try {
    const answer = await fetch(`${child.url}/datasets/${LOYALTY}/subscriptions/segmentthresholdcrossed?segment=GoldMembers&threshold=500`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl: receiver.urlFor('gold') }),
    });
    expect(answer.status).toBe(201);
    const location = answer.headers.get('location')!;

    await child.waitFor(polled); // the baseline
    clock.advance(60_000);
    fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 900);
    await child.waitFor((l) => l['event'] === 'delivery' && l['outcome'] === 'accepted');
    await child.waitFor(polled); // the cycle that delivered has finished, its mark saved
    await child.waitFor(polled); // and one more finds nothing new
    expect(receiver.on('gold')).toHaveLength(1);

    await kill(child);
    child = await startChild(fake.url, file);
    await child.waitFor(polled);
    await child.waitFor(polled);
    expect(receiver.on('gold')).toHaveLength(1); // nothing sent again

    // The subscription survived: it still fires, once, and its owner can still delete it.
    clock.advance(60_000);
    fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 100);
    clock.advance(60_000);
    fake.control.evaluateSegment(LOYALTY, 'GoldMembers', 800);
    await child.waitFor((l) => l['event'] === 'delivery' && l['outcome'] === 'accepted');
    await child.waitFor(polled);
    expect(receiver.on('gold').map((n) => (n.body as { EntityCount: number }).EntityCount)).toEqual([900, 800]);
    const deleted = await fetch(`${child.url}${new URL(location).pathname}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(deleted.status).toBe(200);
  } finally {
    await kill(child);
  }
}, 60_000);
