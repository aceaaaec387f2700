import { summarize, type Diagnostic } from '../../core/diagnostic.js';
import type { FileReport } from '../engine.js';

/**
 * tsc-style lines (`file:line:col - severity code: message`), then one summary line.
 * `errorsOnly` (the CLI's --quiet) leaves out info and warning lines; the summary still counts them.
 */
export function formatText(reports: readonly FileReport[], options: { errorsOnly?: boolean } = {}): string {
  const lines = formatTextLines(reports, options);
  return `${lines}${lines ? '\n' : ''}${formatTextSummary(reports)}`;
}

/** ANSI colours of each severity, for a terminal (the CLI decides when: TTY, NO_COLOR, FORCE_COLOR). */
const COLOR: Record<string, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** The finding lines alone, each ending in a newline: what a run validating one connector at a time prints as it goes. */
export function formatTextLines(reports: readonly FileReport[], options: { errorsOnly?: boolean; color?: boolean } = {}): string {
  let text = '';
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (options.errorsOnly && d.severity !== 'error') continue;
      text += `${formatDiagnostic(report.file, d, options)}\n`;
    }
  }
  return text;
}

/**
 * The one text rendering of a finding: `where - severity code: message (at pointer) [also]`.
 * `where` is the file's line and column, or with `sourceFirst` (the build, whose findings are
 * about a TypeScript definition) the definition's own file and line, the emitted file's place
 * then going in the brackets. Without a source, both read the same.
 */
export function formatDiagnostic(file: string, d: Diagnostic, options: { color?: boolean; sourceFirst?: boolean } = {}): string {
  const location = d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
  const [where, also] = options.sourceFirst && d.source ? [d.source, location] : [location, d.source];
  const pointer = d.pointer === '' ? '' : ` (at ${d.pointer})`;
  const bracket = also ? ` [${also}]` : '';
  return options.color
    ? `${where} - ${COLOR[d.severity] ?? ''}${d.severity}${RESET} ${DIM}${d.code}${RESET}: ${d.message}${DIM}${pointer}${bracket}${RESET}`
    : `${where} - ${d.severity} ${d.code}: ${d.message}${pointer}${bracket}`;
}

/** The closing summary line, over every report of the run. */
export function formatTextSummary(reports: readonly FileReport[]): string {
  const { errors, warnings, infos } = summarize(reports.flatMap((r) => r.diagnostics));
  return `Found ${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(infos, 'info')} in ${plural(reports.length, 'file')}.\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
