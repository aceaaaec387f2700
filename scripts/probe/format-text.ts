/**
 * The report as text: one line per operation and per dynamic parameter (status, time, what
 * happened), and under each failure the definition pointer, the request made and the part of the
 * answer that does not fit.
 */
import type { ProbeEntry, ProbeFailure, ProbeReport } from './types.js';

const STATUS = { pass: 'ok  ', fail: 'FAIL', skip: 'skip' } as const;

function name(entry: ProbeEntry): string {
  if (entry.kind === 'operation') return entry.operationId;
  const what = entry.kind === 'picker' ? 'picker' : 'schema';
  return `  ${entry.operationId} › ${entry.parameter} (${what})`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function failureLines(failure: ProbeFailure): string[] {
  const lines = [`      ${failure.message}`, `        at ${failure.pointer}${failure.resolvedSchemaPath !== undefined ? ` (resolved schema ${failure.resolvedSchemaPath || '/'})` : ''}`];
  if (failure.request) {
    lines.push(`        request: ${failure.request.method} ${failure.request.url}${failure.request.body !== undefined ? ` ${show(failure.request.body)}` : ''}`);
  }
  if (failure.answer) {
    const { status, pointer, value } = failure.answer;
    const where = pointer !== undefined ? ` at ${pointer === '' ? '/' : pointer}` : '';
    lines.push(`        answer: ${status !== undefined ? status : ''}${where}${value !== undefined ? `: ${show(value)}` : ''}`.replace('answer: :', 'answer:'));
  }
  return lines;
}

export function formatText(report: ProbeReport): string {
  const width = Math.min(64, Math.max(...report.entries.map((e) => name(e).length), 10));
  const lines = [`probe ${report.backend} (${report.connector})${report.write ? ', with --write' : ''}`];
  for (const entry of report.entries) {
    const time = `${Math.round(entry.ms)} ms`.padStart(8);
    lines.push(`  ${STATUS[entry.status]}  ${name(entry).padEnd(width)} ${time}  ${entry.detail}`.trimEnd());
    for (const failure of entry.failures) lines.push(...failureLines(failure));
  }
  const { passed, failed, skipped, calls, ms } = report.summary;
  lines.push('', `${failed === 0 ? 'Everything resolves' : 'Something does not resolve'}: ${passed} ok, ${failed} failed, ${skipped} skipped; ${calls} call(s) in ${ms} ms.`, '');
  return lines.join('\n');
}

export function formatJson(report: ProbeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
