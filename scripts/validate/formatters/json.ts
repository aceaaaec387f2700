import { summarize, type Diagnostic } from '../../core/diagnostic.js';
import type { FileReport } from '../engine.js';

/** The `--format json` contract (README, "Validating any connector"): files with their diagnostics, then a summary. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({ file: report.file, diagnostics: report.diagnostics.map(ordered) }));
  const summary = summarize(reports.flatMap((r) => r.diagnostics));
  return `${JSON.stringify({ files, summary }, null, 2)}\n`;
}

/** Keys in the documented order, optional ones only when known. */
function ordered(d: Diagnostic): Diagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    pointer: d.pointer,
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    ...(d.source !== undefined ? { source: d.source } : {}),
  };
}
