import { summarize } from '../../core/diagnostic.js';
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
      const where = d.line !== undefined ? `${report.file}:${d.line}:${d.column ?? 1}` : report.file;
      const pointer = d.pointer === '' ? '' : ` (at ${d.pointer})`;
      const source = d.source ? ` [${d.source}]` : '';
      text += options.color
        ? `${where} - ${COLOR[d.severity] ?? ''}${d.severity}${RESET} ${DIM}${d.code}${RESET}: ${d.message}${DIM}${pointer}${source}${RESET}\n`
        : `${where} - ${d.severity} ${d.code}: ${d.message}${pointer}${source}\n`;
    }
  }
  return text;
}

/** The closing summary line, over every report of the run. */
export function formatTextSummary(reports: readonly FileReport[]): string {
  const { errors, warnings, infos } = summarize(reports.flatMap((r) => r.diagnostics));
  return `Found ${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(infos, 'info')} in ${plural(reports.length, 'file')}.\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
