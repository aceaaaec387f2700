import { describe, expect, it } from 'vitest';
import { isLoadedDocument, loadDocument, type LoadedDocument } from '../core/load-document.js';
import { runRules } from './engine.js';
import type { Rule } from './types.js';

function doc(file: string, text: string): LoadedDocument {
  const loaded = loadDocument(file, text);
  if (!isLoadedDocument(loaded)) throw new Error(loaded.message);
  return loaded;
}

const swaggerText = `{
  "swagger": "2.0",
  "paths": {
    "/items": {
      "get": { "summary": "List items." }
    }
  }
}
`;

const summaryRule: Rule = {
  id: 'test-summary',
  description: 'test',
  docs: 'x.md',
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  messages: {},
  check: () => [
    { pointer: '/paths/~1items/get/summary', message: 'summary' },
    { pointer: '/paths/~1items/get/operationId', message: 'missing key: points at its parent' },
    { pointer: '', message: 'whole file' },
  ],
};

describe('runRules', () => {
  it('fills line and column from the text, using the nearest existing parent for missing keys, and sorts by position', () => {
    const [report] = runRules([summaryRule], { swagger: doc('api.json', swaggerText) });
    expect(report!.file).toBe('api.json');
    expect(report!.diagnostics.map((d) => [d.message, d.line, d.column, d.severity, d.code])).toEqual([
      ['whole file', 1, 1, 'warning', 'test-summary'],
      ['missing key: points at its parent', 5, 7, 'warning', 'test-summary'],
      ['summary', 5, 16, 'warning', 'test-summary'],
    ]);
  });

  it('takes severity from the profile and skips rules the profile turns off', () => {
    const custom: Rule = { ...summaryRule, id: 'certification-only', severity: { certification: 'error' } };
    const [inCustom] = runRules([custom], { swagger: doc('api.json', swaggerText) }, { profile: 'custom' });
    expect(inCustom!.diagnostics).toEqual([]);
    const [inCertification] = runRules([summaryRule], { swagger: doc('api.json', swaggerText) }, { profile: 'certification' });
    expect(new Set(inCertification!.diagnostics.map((d) => d.severity))).toEqual(new Set(['error']));
  });

  it('adds the TypeScript source of the nearest authored object', () => {
    const sources = new Map([['/paths/~1items/get', { file: 'connector/operations/ListItems.ts', line: 7, column: 3 }]]);
    const [report] = runRules([summaryRule], { swagger: doc('api.json', swaggerText) }, { sources });
    const bySource = Object.fromEntries(report!.diagnostics.map((d) => [d.message, d.source]));
    expect(bySource.summary).toBe('connector/operations/ListItems.ts:7');
    expect(bySource['whole file']).toBeUndefined();
  });

  it('turns a rule that throws into a finding and keeps running the others', () => {
    const broken: Rule = { ...summaryRule, id: 'broken', check: () => { throw new Error('boom'); } };
    const [report] = runRules([broken, summaryRule], { swagger: doc('api.json', swaggerText) });
    expect(report!.diagnostics.find((d) => d.code === 'broken')?.message).toMatch(/boom/);
    expect(report!.diagnostics.filter((d) => d.code === 'test-summary')).toHaveLength(3);
  });

  it('locates findings in YAML too, and reports each file separately', () => {
    const yaml = doc('api.yaml', 'swagger: "2.0"\npaths:\n  /items:\n    get:\n      summary: List items.\n');
    const properties: Rule = { ...summaryRule, id: 'props', appliesTo: 'apiProperties', check: () => [{ pointer: '/properties/iconBrandColor', message: 'colour' }] };
    const reports = runRules([summaryRule, properties], { swagger: yaml, apiProperties: doc('apiProperties.json', '{\n  "properties": {\n    "iconBrandColor": "blue"\n  }\n}') });
    expect(reports.map((r) => r.file)).toEqual(['api.yaml', 'apiProperties.json']);
    expect(reports[0]!.diagnostics.find((d) => d.message === 'summary')).toMatchObject({ line: 5, column: 7 });
    expect(reports[1]!.diagnostics).toMatchObject([{ code: 'props', line: 3, column: 5 }]);
  });
});
