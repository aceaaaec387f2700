/**
 * SARIF 2.1.0 for code-scanning tools. Every rule the profile runs is listed in tool.driver.rules
 * (a readable name beside its id, the Microsoft errors it covers in `properties`, help from its page);
 * results refer to them by id and index. Files under the scan root are written relative to it
 * (`uriBaseId` SRCROOT, resolved by `originalUriBaseIds`), so code scanning maps them to the
 * repository; the output never names the machine's own copy of the rule pages.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/diagnostic.js';
import type { FileReport } from '../engine.js';
import { microsoftErrorsFor } from '../microsoft-rules.js';
import { activeRules } from '../profiles.js';
import type { Profile, Rule } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const BASE_ID = 'SRCROOT';

/** Checks that are not rules (the loader's own findings) still need a descriptor. */
const BUILT_IN: Record<string, string> = {
  'unreadable-file': 'The file could not be read.',
  'parse-error': 'The file is not valid JSON or YAML.',
  'input-too-large': 'The file is too large to read.',
  'input-too-deep': 'The file is nested too deeply to read.',
  'unknown-file-kind': 'The file is not recognisably a swagger, apiProperties or settings file.',
};

export interface SarifOptions {
  /** The tool's version (tool.driver.version). */
  version?: string;
  /** The project's repository on the web (https://…); rule pages are linked under it. */
  repository?: string;
  /** The scan root files are written relative to; by default the current directory. */
  root?: string;
}

/** `summary-trailing-punctuation` → `SummaryTrailingPunctuation`: SARIF's `name` is an identifier distinct from the id. */
export function ruleName(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function repositoryBase(repository: string | undefined): string | undefined {
  const url = repository?.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
  return url && /^https:\/\//.test(url) ? url : undefined;
}

export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], profile: Profile, options: SarifOptions = {}): string {
  const root = path.resolve(options.root ?? process.cwd());
  const base = repositoryBase(options.repository);
  const active = activeRules(rules, profile);
  const descriptors: object[] = active.map(({ rule, severity }) => ({
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    ...(base ? { helpUri: `${base}/blob/HEAD/${rule.docs}` } : {}),
    help: { text: `${rule.description} See ${rule.docs} in the package.` },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { docs: rule.docs, microsoftErrors: microsoftErrorsFor(rule.id), profile },
  }));
  const index = new Map(active.map(({ rule }, i) => [rule.id, i]));
  const results: object[] = [];
  for (const report of reports) {
    const artifact = artifactLocation(report.file, root);
    for (const d of report.diagnostics) {
      if (!index.has(d.code)) {
        index.set(d.code, descriptors.length);
        descriptors.push({ id: d.code, name: ruleName(d.code), shortDescription: { text: BUILT_IN[d.code] ?? d.code }, properties: { microsoftErrors: [] } });
      }
      results.push({
        ruleId: d.code,
        ruleIndex: index.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              ...(d.line !== undefined ? { region: { startLine: d.line, startColumn: d.column ?? 1 } } : {}),
            },
            logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }],
          },
        ],
        ...(d.source ? { properties: { source: d.source } } : {}),
      });
    }
  }
  const driver = {
    name: 'insights-connector validate',
    ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
    ...(base ? { informationUri: base } : {}),
    rules: descriptors,
  };
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, originalUriBaseIds: { [BASE_ID]: { uri: `${pathToFileURL(root).href.replace(/\/$/, '')}/` } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A file under the scan root is relative to SRCROOT; one outside it keeps its absolute file URL. */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: BASE_ID };
}
