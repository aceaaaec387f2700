import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeServer, listen, ListenError } from './listen.js';

describe('listen and closeServer', () => {
  it('bind a free port, refuse a taken one with a ListenError that names it, and close promptly with a keep-alive client', async () => {
    const first = createServer((_req, res) => res.end('ok'));
    const port = await listen(first, '127.0.0.1', 0);
    expect(port).toBeGreaterThan(0);
    const second = createServer();
    const error = await listen(second, '127.0.0.1', port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenError);
    expect(error).toMatchObject({ code: 'EADDRINUSE', port, message: expect.stringContaining(`port ${port} on 127.0.0.1 is already in use`) });
    // A keep-alive connection left idle must not hold the close open.
    const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'keep-alive' } });
    expect(await answer.text()).toBe('ok');
    const started = Date.now();
    await closeServer(first);
    expect(Date.now() - started).toBeLessThan(1_500);
    await closeServer(second); // never listened: resolves at once
  });

  it('says which address is not this machine’s', async () => {
    const error = await listen(createServer(), '203.0.113.7', 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListenError);
    expect((error as Error).message).toMatch(/203\.0\.113\.7/);
  });
});
