/**
 * `serve | head -2`, then SIGTERM: the reader of stdout is gone, so every log line and the
 * goodbye fail with EPIPE. The real command (one process) must still stop cleanly with exit 0.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('serve with a closed stdout', () => {
  it('stops with exit 0 and no EPIPE crash after SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/insights-connector.mjs', 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 15_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match && out.split('\n').length > 2) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    // What `head -2` does once it has its lines: close the pipe.
    child.stdout.destroy();
    // A request makes the server log a line into the closed pipe.
    expect((await fetch(`${url}/datasets`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });
});
