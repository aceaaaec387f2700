import { summarize } from '../../shared/diagnostic.js';
import type { FileReport } from '../engine.js';

/**
 * tsc-style lines (`file:line:col - severity code: message`), then one summary line.
 * `errorsOnly` (the CLI's --quiet) leaves out info and warning lines; the summary still counts them.
 */
export function formatText(reports: readonly FileReport[], options: { errorsOnly?: boolean } = {}): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (options.errorsOnly && d.severity !== 'error') continue;
      const where = d.line !== undefined ? `${report.file}:${d.line}:${d.column ?? 1}` : report.file;
      const pointer = d.pointer === '' ? '' : ` (at ${d.pointer})`;
      const source = d.source ? ` [${d.source}]` : '';
      lines.push(`${where} - ${d.severity} ${d.code}: ${d.message}${pointer}${source}`);
    }
  }
  const { errors, warnings, infos } = summarize(reports.flatMap((r) => r.diagnostics));
  const files = reports.length;
  if (lines.length > 0) lines.push('');
  lines.push(
    `Found ${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(infos, 'info')} in ${plural(files, 'file')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
