/** gateway/README.md keeps up with the code: every mapping has a row, every route and default is named. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STORE, defaultRoutes, loadConfig } from './config.js';
import { mappings } from './mappings/index.js';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

describe('gateway/README.md', () => {
  it('has one row of the mapping table per mapping', () => {
    for (const operationId of Object.keys(mappings)) expect(readme).toMatch(new RegExp(`^\\| ${operationId} \\|`, 'm'));
  });

  it('names every configurable route and the command defaults', () => {
    for (const route of Object.keys(defaultRoutes)) expect(readme).toContain(`\`${route}\``);
    for (const value of [DEFAULT_API_URL, String(DEFAULT_PORT), DEFAULT_HOST, DEFAULT_STORE]) expect(readme).toContain(value);
  });

  it('uses an example configuration that loads', () => {
    expect(readme).toContain('--config gateway/examples/local.json');
    const config = loadConfig(new URL('./examples/local.json', import.meta.url).pathname);
    expect(config.partitionHosts).toEqual(['127.0.0.1']);
    expect(config.allowLocalCallbacks).toBe(true);
  });
});
