import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { progressLine, useColor } from '../cli/commands/validate.js';
import { op, swagger } from './testing.js';

let dir: string;
const folder = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'validate-options-'));
  // One warning (summary-trailing-punctuation) and one info (operation-id-pascal-case), no error.
  for (const name of ['warned', 'configured', 'a', 'b']) {
    mkdirSync(folder(name));
    writeFileSync(path.join(folder(name), 'apiDefinition.swagger.json'), JSON.stringify(swagger({ '/items': { get: op({ operationId: 'listItems', summary: 'List items.' }) } }), null, 2));
  }
  writeFileSync(path.join(folder('configured'), 'connector-validate.json'), JSON.stringify({ rules: { 'operation-id-pascal-case': 'error', 'summary-trailing-punctuation': 'off' } }));
  writeFileSync(path.join(dir, 'bad-config.json'), JSON.stringify({ rules: { 'sumary-length': 'off' } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(['validate', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const codes = (stdout: string) => JSON.parse(stdout).files.flatMap((f: { diagnostics: { code: string; severity: string }[] }) => f.diagnostics.map((d) => `${d.severity} ${d.code}`));

describe('validate options', () => {
  it('reads connector-validate.json next to the connector', async () => {
    const { code, stdout } = await run(folder('configured'), '--format', 'json');
    expect(code).toBe(1);
    expect(codes(stdout)).toContain('error operation-id-pascal-case');
    expect(codes(stdout).some((c: string) => c.endsWith('summary-trailing-punctuation'))).toBe(false);
  });

  it('takes --config for every connector', async () => {
    const { code, stdout } = await run(folder('warned'), '--config', path.join(folder('configured'), 'connector-validate.json'), '--format', 'json');
    expect(code).toBe(1);
    expect(codes(stdout)).toContain('error operation-id-pascal-case');
  });

  it('refuses a bad config as a usage error naming it, with a suggestion', async () => {
    const { code, stderr } = await run(folder('warned'), '--config', path.join(dir, 'bad-config.json'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad-config\.json: rules\.sumary-length is not a rule\. Did you mean 'summary-length'\?/);
  });

  it('fails on more warnings than --max-warnings, and refuses a bad N', async () => {
    expect((await run(folder('warned'), '--max-warnings', '1')).code).toBe(0);
    const over = await run(folder('warned'), '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/1 warning, more than --max-warnings 0/);
    expect((await run(folder('warned'), '--max-warnings', 'many')).code).toBe(2);
  });

  it('hides warnings and infos with --quiet', async () => {
    const { stdout } = await run(folder('warned'), '--quiet');
    expect(stdout).not.toMatch(/ - (warning|info) /);
    expect(stdout).toMatch(/Found 0 errors, 1 warning and 1 info/);
  });

  it('colours text when FORCE_COLOR says so, and not when piped or NO_COLOR', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    expect((await run(folder('warned'))).stdout).toContain('\u001b[33mwarning\u001b[0m');
    vi.unstubAllEnvs();
    vi.stubEnv('NO_COLOR', '1');
    vi.stubEnv('FORCE_COLOR', '');
    expect((await run(folder('warned'))).stdout).not.toContain('\u001b[');
    vi.unstubAllEnvs();
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor(true, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('reports folders in the order given', async () => {
    const { stdout } = await run(folder('b'), folder('a'), folder('warned'), '--format', 'json');
    expect(JSON.parse(stdout).files.map((f: { file: string }) => path.basename(path.dirname(f.file)))).toEqual(['b', 'a', 'warned']);
  });

  it('writes no progress line when stderr is not a terminal, and a bounded one when it is', async () => {
    const { stderr } = await run(folder('a'), folder('b'), folder('warned'), folder('configured'), '--format', 'json');
    expect(stderr).toBe('');
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    try {
      const onTerminal = await run(folder('a'), folder('b'), folder('warned'), folder('configured'), '--format', 'json');
      expect(onTerminal.stderr).toMatch(/\[1\/4\] .*apiDefinition\.swagger\.json/);
      expect(onTerminal.stderr).toMatch(/\[4\/4\]/);
      expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true);
      expect(() => JSON.parse(onTerminal.stdout)).not.toThrow();
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    const line = progressLine(3, 10, `/very/long/${'x'.repeat(100)}/apiDefinition.swagger.json`);
    expect(line).toMatch(/^\r\u001b\[Kinsights-connector validate: \[3\/10\] …/);
    expect(line.length).toBeLessThan(120);
  });
});
