/**
 * Text output, read like tsc: one line per change (`file:line:column - breaking code (operationId):
 * message`), the advice of a breaking change on an indented line below it, then a summary.
 */
import { toChangeSeverity, type DiffResult } from '../types.js';
import { locateChange, placeText, type DiffSources } from './sources.js';

export function formatText(result: DiffResult, sources?: DiffSources): string {
  const lines: string[] = [];
  for (const change of result.changes) {
    const where = placeText(locateChange(change, sources), change.side, change.pointer);
    const operation = change.operationId === null ? '' : ` (${change.operationId})`;
    lines.push(`${where} - ${toChangeSeverity(change.severity)} ${change.code}${operation}: ${change.message}`);
    if (change.advice) lines.push(`    advice: ${change.advice}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result.summary));
  return `${lines.join('\n')}\n`;
}

function summaryLine({ breaking, nonBreaking }: DiffResult['summary']): string {
  if (breaking + nonBreaking === 0) return 'No changes.';
  return `Found ${count(breaking, 'breaking change')} and ${count(nonBreaking, 'non-breaking change')}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
