/**
 * The validator's programmatic API (the build calls this; the CLI is a thin layer on top).
 *
 *   const reports = await validateConnector({ swagger, apiProperties, settings }, { profile: 'custom' });
 *
 * Each input is a LoadedDocument (see scripts/core/load-document.ts); each report lists the
 * diagnostics of one file, with line and column taken from that file's text. Options beyond the
 * profile: `sources` (swagger pointer → TypeScript location, to fill `source`), `fileExists` and
 * `cwd` (how the paths settings.json names are checked; by default against the current directory,
 * as paconn resolves them).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedDocument } from '../core/load-document.js';
import { runRules, type EngineOptions, type FileReport } from './engine.js';
import { applySuppressions, inlineSuppressions, type Suppressions } from './config-inline.js';
import { rules } from './ruleset.js';
import type { Profile, Rule } from './types.js';

export type { FileReport } from './engine.js';
export type { LoadedDocument } from '../core/load-document.js';
export { loadDocument, loadDocumentFromFile, isLoadedDocument } from '../core/load-document.js';
export type { Profile, Rule } from './types.js';
export { PROFILES, PROFILE_DESCRIPTIONS, activeRules, severityFor } from './profiles.js';
export { rules } from './ruleset.js';
export { formatJson } from './formatters/json.js';
export { formatSarif } from './formatters/sarif.js';
export { formatText } from './formatters/text.js';

export interface ValidateOptions extends Omit<EngineOptions, 'profile'> {
  profile?: Profile;
  /** The rules to run (by default all; a connector-validate.json gives its own severities this way). */
  rules?: readonly Rule[];
  /**
   * Findings silenced by x-connector-validate-disable, by swagger pointer; by default read from the
   * swagger itself (the build passes those of the document it emits without the key).
   */
  suppressions?: Suppressions;
}

export async function validateConnector(
  files: { swagger?: LoadedDocument; apiProperties?: LoadedDocument; settings?: LoadedDocument },
  options: ValidateOptions = {},
): Promise<FileReport[]> {
  const cwd = options.cwd ?? process.cwd();
  const { rules: chosen, suppressions, ...engine } = options;
  const reports = runRules(chosen ?? rules, files, {
    ...engine,
    cwd,
    // paconn opens the files settings.json names relative to the directory it runs in.
    fileExists: options.fileExists ?? ((file) => existsSync(path.resolve(cwd, file))),
  });
  const silenced = suppressions ?? inlineSuppressions(files.swagger?.value);
  return reports.map((report) => (report.file === files.swagger?.file ? applySuppressions(report, silenced) : report));
}
