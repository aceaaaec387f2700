import { describe, expect, it } from 'vitest';
import type { FileReport } from '../engine.js';
import { rules } from '../ruleset.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

const reports: FileReport[] = [
  {
    file: 'generated/apiDefinition.swagger.json',
    diagnostics: [
      { code: 'summary-trailing-punctuation', severity: 'warning', message: 'The summary ends with ".".', pointer: '/paths/~1datasets/get/summary', line: 12, column: 7, source: 'connector/operations/GetDatasets.ts:9' },
      { code: 'response-success-schema', severity: 'info', message: 'No outputs.', pointer: '/paths/~1datasets/post/responses/202' },
    ],
  },
  { file: 'generated/apiProperties.json', diagnostics: [{ code: 'api-properties-keys', severity: 'error', message: 'iconBrandColor is required.', pointer: '/properties', line: 2, column: 3 }] },
  { file: 'broken.json', diagnostics: [{ code: 'parse-error', severity: 'error', message: 'Expected a value.', pointer: '', line: 1, column: 1 }] },
];

describe('json', () => {
  it('prints the documented contract: files with diagnostics, then the summary', () => {
    const parsed = JSON.parse(formatJson(reports));
    expect(Object.keys(parsed)).toEqual(['files', 'summary']);
    expect(parsed.summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(parsed.files[0]).toEqual({
      file: 'generated/apiDefinition.swagger.json',
      diagnostics: [
        { code: 'summary-trailing-punctuation', severity: 'warning', message: 'The summary ends with ".".', pointer: '/paths/~1datasets/get/summary', line: 12, column: 7, source: 'connector/operations/GetDatasets.ts:9' },
        { code: 'response-success-schema', severity: 'info', message: 'No outputs.', pointer: '/paths/~1datasets/post/responses/202' },
      ],
    });
    expect(Object.keys(parsed.files[0].diagnostics[0])).toEqual(['code', 'severity', 'message', 'pointer', 'line', 'column', 'source']);
  });

  it('lists clean files too', () => {
    expect(JSON.parse(formatJson([{ file: 'a.json', diagnostics: [] }]))).toEqual({ files: [{ file: 'a.json', diagnostics: [] }], summary: { errors: 0, warnings: 0, infos: 0 } });
  });
});

describe('text', () => {
  it('reads like tsc: file:line:col - severity code: message, then a summary', () => {
    const lines = formatText(reports).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'generated/apiDefinition.swagger.json:12:7 - warning summary-trailing-punctuation: The summary ends with ".". (at /paths/~1datasets/get/summary) [connector/operations/GetDatasets.ts:9]',
    );
    expect(lines[1]).toMatch(/^generated\/apiDefinition\.swagger\.json - info response-success-schema: /);
    expect(lines.at(-1)).toBe('Found 2 errors, 1 warning and 1 info in 3 files.');
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(reports, rules, 'custom'));
  const run = log.runs[0];

  it('is SARIF 2.1.0 listing the profile\'s rules with help at their docs', () => {
    expect(log.version).toBe('2.1.0');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('summary-trailing-punctuation');
    expect(ids).not.toContain('info-contact');
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'summary-trailing-punctuation');
    expect(rule.name).toBe('SummaryTrailingPunctuation');
    expect(rule.defaultConfiguration.level).toBe('warning');
    // Help names the page in the package, never a path on this machine.
    expect(JSON.stringify(log)).not.toMatch(/file:\/\/[^"]*scripts\/validate\/rules/);
    expect(rule.properties.docs).toBe('scripts/validate/rules/summary-trailing-punctuation.md');
    expect(rule.properties.microsoftErrors).toEqual(['ValueMustEndWithAlphanumeric']);
  });

  it('links rule pages in the repository and carries the version when they are known', () => {
    const linked = JSON.parse(formatSarif(reports, rules, 'custom', { version: '1.2.3', repository: 'git+https://example.org/contoso/connector.git' })).runs[0];
    expect(linked.tool.driver).toMatchObject({ version: '1.2.3', informationUri: 'https://example.org/contoso/connector' });
    const rule = linked.tool.driver.rules.find((r: { id: string }) => r.id === 'summary-trailing-punctuation');
    expect(rule.helpUri).toBe('https://example.org/contoso/connector/blob/HEAD/scripts/validate/rules/summary-trailing-punctuation.md');
  });

  it('writes files under the scan root relative to SRCROOT, and others as file URLs', () => {
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'generated/apiDefinition.swagger.json', uriBaseId: 'SRCROOT' });
    const outside = JSON.parse(formatSarif([{ file: '/elsewhere/apiDefinition.swagger.json', diagnostics: reports[0]!.diagnostics }], rules, 'custom', { root: '/work-root' })).runs[0];
    expect(outside.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('file:///elsewhere/apiDefinition.swagger.json');
  });

  it('refers to rules by id and index, with locations, pointers and levels', () => {
    expect(run.results).toHaveLength(4);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(run.results[0]).toMatchObject({
      level: 'warning',
      message: { text: 'The summary ends with ".".' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'generated/apiDefinition.swagger.json', uriBaseId: 'SRCROOT' }, region: { startLine: 12, startColumn: 7 } }, logicalLocations: [{ fullyQualifiedName: '/paths/~1datasets/get/summary' }] }],
    });
    expect(run.results[1].level).toBe('note');
    expect(run.results[3].ruleId).toBe('parse-error');
  });
});
