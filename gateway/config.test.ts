import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, defaultRoutes, environmentProblems, loadConfig, parseConfig, subscriptionKeys } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'gateway-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problems(raw: unknown): string[] {
  try {
    parseConfig(raw, 'gw.json');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('gateway configuration', () => {
  it('reads a complete file (YAML too) into routes, key variables, hosts, intervals and limits', () => {
    const file = join(dir, 'gateway.yaml');
    writeFileSync(
      file,
      [
        'subscriptionKeyEnv: CI_KEY_DEFAULT',
        'instances:',
        '  ABC-1: { subscriptionKeyEnv: CI_KEY_ABC }',
        'routes:',
        '  workflowStatus: /instances/{instanceId}/manage/workflows/main/status',
        'callbackHosts: ["*.logic.azure.com", "hooks.example.org"]',
        'allowLocalCallbacks: true',
        'partitionHosts: ["*.dfs.core.windows.net"]',
        'pollIntervals: { activeSeconds: 20, idleSeconds: 600 }',
        'publicUrl: https://gateway.example.org/',
        'limits: { maxRows: 500, maxCalls: 5 }',
      ].join('\n'),
    );
    const config = loadConfig(file);
    expect(config.subscriptionKeyEnv).toBe('CI_KEY_DEFAULT');
    expect(config.instanceKeyEnv).toEqual({ 'abc-1': 'CI_KEY_ABC' });
    expect(config.routes).toEqual({ ...defaultRoutes, workflowStatus: '/instances/{instanceId}/manage/workflows/main/status' });
    expect(config.callbackHosts).toEqual(['*.logic.azure.com', 'hooks.example.org']);
    expect(config.allowLocalCallbacks).toBe(true);
    expect(config.pollIntervals).toEqual({ activeMs: 20_000, idleMs: 600_000 });
    expect(config.publicUrl).toBe('https://gateway.example.org');
    expect(config.limits).toMatchObject({ maxRows: 500, maxCalls: 5, pageSize: 100 });
  });

  it('refuses literal secrets, naming the file and pointer', () => {
    expect(problems({ subscriptionKey: 'abc' })).toEqual([expect.stringMatching(/^gw\.json#\/subscriptionKey: looks like a secret; secrets come from the environment only/)]);
    // Made per run, so the repository carries no secret-shaped value.
    expect(problems({ instances: { x: { subscriptionKeyEnv: 'K', clientSecret: randomBytes(12).toString('hex') } } })).toEqual([expect.stringMatching(/^gw\.json#\/instances\/x\/clientSecret: looks like a secret/)]);
    expect(problems({ instances: { x: { subscriptionKeyEnv: 'not a name' } } })).toEqual([expect.stringMatching(/^gw\.json#\/instances\/x\/subscriptionKeyEnv: must name an environment variable/)]);
  });

  it('checks routes keep exactly their placeholders, and every other setting its type', () => {
    expect(problems({ routes: { data: '/instances/{instanceId}/data' } })).toEqual([expect.stringMatching(/#\/routes\/data: must use exactly the placeholders \{instanceId\}, \{entityName\}/)]);
    expect(problems({ routes: { data: '/instances/{instanceId}/data/{entityName}/{extra}' } })[0]).toMatch(/unknown: \{extra\}/);
    expect(problems({ routes: { nope: '/x' } })[0]).toMatch(/#\/routes\/nope: unknown route/);
    expect(problems({ routes: { instances: 'https://elsewhere.example/instances' } })[0]).toMatch(/must be a path starting with '\/'/);
    expect(problems({ callbackHosts: ['ok.example.com', 'https://bad/'] })).toEqual([expect.stringMatching(/#\/callbackHosts\/1: must be a host name/)]);
    expect(problems({ pollIntervals: { activeSeconds: 1 } })[0]).toMatch(/#\/pollIntervals\/activeSeconds: must be a number of seconds from 5/);
    expect(problems({ limits: { maxRows: 0 } })[0]).toMatch(/#\/limits\/maxRows: must be a whole number/);
    expect(problems({ publicUrl: 'https://user:pw@gw.example' })[0]).toMatch(/#\/publicUrl: must be an absolute http\(s\) URL without query or credentials/);
    expect(problems({ typo: 1 })[0]).toMatch(/#\/typo: unknown setting/);
    expect(problems([1])[0]).toMatch(/gw\.json#: the configuration must be an object/);
  });

  it('names the line of a file that does not parse, and a file that cannot be read', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "routes": ');
    expect(() => loadConfig(bad)).toThrow(/bad\.json: not valid JSON/);
    const yaml = join(dir, 'bad.yaml');
    writeFileSync(yaml, 'routes:\n  data: [unclosed\n');
    expect(() => loadConfig(yaml)).toThrow(/bad\.yaml:\d+:\d+: not valid YAML/);
    expect(() => loadConfig(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
  });

  it('takes subscription keys from the variables it names, per instance or by default', () => {
    const config = parseConfig({ instances: { 'Inst-A': { subscriptionKeyEnv: 'KEY_A' } } });
    const keys = subscriptionKeys(config, { KEY_A: 'a', CI_SUBSCRIPTION_KEY: 'default' });
    expect(keys('inst-a')).toBe('a');
    expect(keys('other')).toBe('default');
    expect(keys(undefined)).toBe('default');
    expect(subscriptionKeys(config, { KEY_A: 'a' })(undefined)).toBe('a');
    expect(environmentProblems(config, {})).toEqual([expect.stringMatching(/#\/instances\/inst-a\/subscriptionKeyEnv: the environment variable KEY_A is not set/)]);
    expect(environmentProblems(config, { KEY_A: 'x' })).toEqual([]);
  });
});
