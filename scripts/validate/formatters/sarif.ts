/**
 * SARIF 2.1.0 for code-scanning tools. Every rule the profile runs is listed in
 * tool.driver.rules (with helpUri at its doc); results refer to them by id and index.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Severity } from '../../shared/diagnostic.js';
import type { FileReport } from '../engine.js';
import { activeRules } from '../profiles.js';
import type { Profile, Rule } from '../types.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Checks that are not rules (the loader's own findings) still need a descriptor. */
const BUILT_IN: Record<string, string> = {
  'unreadable-file': 'The file could not be read.',
  'parse-error': 'The file is not valid JSON or YAML.',
  'input-too-large': 'The file is too large to read.',
  'input-too-deep': 'The file is nested too deeply to read.',
  'unknown-file-kind': 'The file is not recognisably a swagger, apiProperties or settings file.',
};

export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], profile: Profile): string {
  const active = activeRules(rules, profile);
  const descriptors: object[] = active.map(({ rule, severity }) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    helpUri: pathToFileURL(path.join(PROJECT_ROOT, rule.docs)).href,
    defaultConfiguration: { level: LEVEL[severity] },
  }));
  const index = new Map(active.map(({ rule }, i) => [rule.id, i]));
  const results: object[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (!index.has(d.code)) {
        index.set(d.code, descriptors.length);
        descriptors.push({ id: d.code, name: d.code, shortDescription: { text: BUILT_IN[d.code] ?? d.code } });
      }
      results.push({
        ruleId: d.code,
        ruleIndex: index.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(report.file) },
              ...(d.line !== undefined ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }],
          },
        ],
        ...(d.source ? { properties: { source: d.source } } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'insights-connector validate', rules: descriptors } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Relative paths stay relative (SARIF resolves them against the scan root); others become file URLs. */
function toUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
