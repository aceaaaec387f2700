import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../core/load-document.js';
import { ConfigError, configuredRules, configuredSeverity, parseConfig, readConfig } from './config.js';
import { validateConnector } from './index.js';
import { rules } from './ruleset.js';
import { op, swagger } from './testing.js';

const dir = mkdtempSync(path.join(tmpdir(), 'validate-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'connector-validate.json');
const config = (value: unknown) => parseConfig(file, JSON.stringify(value), rules);

describe('connector-validate.json', () => {
  it('sets severities, turns rules off, and overrides them per path (a later match wins)', () => {
    const c = config({
      rules: { 'summary-length': 'off', 'operation-id-pascal-case': 'error' },
      overrides: [
        { files: ['legacy/**'], rules: { 'operation-id-pascal-case': 'warning' } },
        { files: ['legacy/old/*.json'], rules: { 'operation-id-pascal-case': 'off' } },
      ],
    });
    expect(configuredSeverity(c, 'summary-length', path.join(dir, 'x/apiDefinition.swagger.json'))).toBe('off');
    expect(configuredSeverity(c, 'operation-id-pascal-case', path.join(dir, 'x/apiDefinition.swagger.json'))).toBe('error');
    expect(configuredSeverity(c, 'operation-id-pascal-case', path.join(dir, 'legacy/a/apiDefinition.swagger.json'))).toBe('warning');
    expect(configuredSeverity(c, 'operation-id-pascal-case', path.join(dir, 'legacy/old/apiDefinition.swagger.json'))).toBe('off');
    expect(configuredSeverity(c, 'ref-siblings', path.join(dir, 'x/apiDefinition.swagger.json'))).toBeUndefined();
  });

  it('changes what validation reports', async () => {
    const text = JSON.stringify(swagger({ '/items': { get: op({ operationId: 'listItems', summary: 'List items.' }) } }));
    const swaggerDoc = loadDocument(path.join(dir, 'x', 'apiDefinition.swagger.json'), text) as LoadedDocument;
    const c = config({ rules: { 'operation-id-pascal-case': 'error', 'summary-trailing-punctuation': 'off' } });
    const before = (await validateConnector({ swagger: swaggerDoc }))[0]!.diagnostics;
    expect(before.find((d) => d.code === 'operation-id-pascal-case')?.severity).toBe('info');
    expect(before.some((d) => d.code === 'summary-trailing-punctuation')).toBe(true);
    const chosen = configuredRules(rules, c, 'custom', (kind) => (kind === 'swagger' ? swaggerDoc.file : undefined));
    const after = (await validateConnector({ swagger: swaggerDoc }, { rules: chosen }))[0]!.diagnostics;
    expect(after.find((d) => d.code === 'operation-id-pascal-case')?.severity).toBe('error');
    expect(after.some((d) => d.code === 'summary-trailing-punctuation')).toBe(false);
  });

  it('can turn on a rule the profile does not run', () => {
    const c = config({ rules: { 'info-contact': 'warning' } });
    const chosen = configuredRules(rules, c, 'custom', () => 'apiDefinition.swagger.json');
    expect(chosen.find((r) => r.id === 'info-contact')?.severity.custom).toBe('warning');
  });

  it.each([
    [{ rules: { 'sumary-length': 'off' } }, /rules\.sumary-length is not a rule\. Did you mean 'summary-length'\?/],
    [{ rules: { 'summary-length': 'loud' } }, /use "error", "warning", "info" or "off"/],
    [{ rule: {} }, /unknown key 'rule'.*Did you mean 'rules'\?/],
    [{ overrides: [{ rules: {} }] }, /overrides\[0\]\.files must be a list/],
    [[], /must be a JSON object/],
  ])('refuses %j with a message naming the file', (value, message) => {
    expect(() => config(value)).toThrow(ConfigError);
    expect(() => config(value)).toThrow(message);
    expect(() => config(value)).toThrow(/connector-validate\.json/);
  });

  it('names the line and column of bad JSON, and the file it cannot read', () => {
    writeFileSync(file, '{\n  "rules": {,}\n}');
    expect(() => readConfig(file, rules)).toThrow(/connector-validate\.json:2:\d+: /);
    expect(() => readConfig(path.join(dir, 'none.json'), rules)).toThrow(/cannot read .*none\.json/);
  });
});
