import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const code = await main(['gateway', ...args]);
  vi.restoreAllMocks();
  return { code, stderr, stdout };
}

describe('insights-connector gateway', () => {
  it('lists its options, environment and exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const text of ['--api-url URL', '--port N', '--host H', '--store URL', '--config FILE', 'CI_SUBSCRIPTION_KEY', 'AZURE_CLIENT_SECRET', 'https://api.ci.ai.dynamics.com/v1', '4320', 'sqlite:gateway.db']) {
      expect(stdout).toContain(text);
    }
  });

  it('exits 2 on a configuration file with a literal key, naming the file and pointer, and starts nothing', async () => {
    const file = join(dir, 'gateway.json');
    writeFileSync(file, JSON.stringify({ instances: { abc: { subscriptionKeyEnv: 'K', subscriptionKey: 'literal' } } }));
    const { code, stderr } = await run(['--config', file, '--port', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}#/instances/abc/subscriptionKey: looks like a secret`);
    expect(stderr).toContain('nothing started');
  });

  it('exits 2 when a variable the file names is not set', async () => {
    const file = join(dir, 'env.json');
    writeFileSync(file, JSON.stringify({ instances: { abc: { subscriptionKeyEnv: 'GATEWAY_TEST_UNSET_KEY' } } }));
    const { code, stderr } = await run(['--config', file, '--port', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('GATEWAY_TEST_UNSET_KEY is not set');
  });

  it('exits 2 on usage errors: plain http to a remote API, a bad port, a bad store URL', async () => {
    expect((await run(['--api-url', 'http://api.example.com/v1'])).stderr).toMatch(/--api-url must be https/);
    expect((await run(['--port', '70000'])).code).toBe(2);
    const store = await run(['--store', 'mysql://x', '--port', '0']);
    expect(store.code).toBe(2);
    expect(store.stderr).toMatch(/insights-connector gateway: .*mysql/);
  });
});
