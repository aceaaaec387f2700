import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isLoadedDocument, loadDocument } from '../core/load-document.js';
import { collect } from './collect.js';
import { validateConnector } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FIXTURES = ['webhook', 'polling', 'dynamic-schema', 'routing', 'multi-auth'];

async function validateFixture(name: string, profile: 'custom' | 'certification') {
  const { connectors, failures, problems } = collect([path.join(here, 'fixtures', name)]);
  expect(failures).toEqual([]);
  expect(problems).toEqual([]);
  expect(connectors).toHaveLength(1);
  // settings.json names its files relative to the project root, where paconn would run.
  const reports = await validateConnector(connectors[0]!, { profile, cwd: root });
  return reports.flatMap((r) => r.diagnostics.map((d) => ({ file: path.basename(r.file), ...d })));
}

describe('realistic connectors validate cleanly', () => {
  it.each(FIXTURES)('%s: no findings at all in the custom profile', async (name) => {
    expect(await validateFixture(name, 'custom')).toEqual([]);
  });

  it.each(FIXTURES)('%s: in certification, only the publisher/stackOwner a custom connector leaves out', async (name) => {
    const findings = await validateFixture(name, 'certification');
    expect(findings.filter((f) => f.code !== 'api-properties-publisher')).toEqual([]);
  });

  it.each(FIXTURES)('%s as YAML: only the hint that paconn needs JSON, located in the YAML text', async (name) => {
    const value = JSON.parse(readFileSync(path.join(here, 'fixtures', name, 'apiDefinition.swagger.json'), 'utf8'));
    const loaded = loadDocument('apiDefinition.swagger.yaml', dump(value, { lineWidth: -1 }));
    if (!isLoadedDocument(loaded)) throw new Error(loaded.message);
    const [report] = await validateConnector({ swagger: loaded });
    expect(report!.diagnostics).toEqual([expect.objectContaining({ code: 'file-json-format', severity: 'info', line: 1, column: 1 })]);
  });

  it('each fixture exercises what it is named after', async () => {
    const { connectors } = collect(FIXTURES.map((name) => path.join(here, 'fixtures', name)));
    const text = connectors.map((c) => `${c.swagger?.text ?? ''}${c.apiProperties?.text ?? ''}`).join('\n');
    for (const marker of ['"x-ms-trigger": "single"', 'pollingtrigger', 'x-ms-dynamic-schema', 'routerequesttoendpoint', 'connectionParameterSets', 'updatenextlink']) {
      expect(text).toContain(marker);
    }
    expect(connectors.some((c) => c.settings)).toBe(true);
  });
});
