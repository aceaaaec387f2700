/**
 * A connector folder's throttling limits, read from its README's "Throttling Limits" table
 * (`| Name | Calls | Renewal Period |`): no Power Platform file has a field for them, so the
 * documentation is where a connector states them.
 */
import type { PacingPolicy } from '../core/pacing/pacer.js';

export interface DocumentedPolicy extends PacingPolicy {
  readonly name: string;
}

const HEADER = ['name', 'calls', 'renewal period'];

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Seconds in a renewal period cell such as `60 seconds`, `1 minute` or `60`; `undefined` when unreadable. */
export function renewalSeconds(cell: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h)?$/i.exec(cell.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 's').toLowerCase();
  const factor = unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1;
  return amount * factor > 0 ? amount * factor : undefined;
}

/** The policies of every Throttling Limits table in `markdown`; empty when there is none. */
export function throttlingFromReadme(markdown: string): DocumentedPolicy[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const policies: DocumentedPolicy[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]!).map((c) => c.toLowerCase());
    if (!lines[i]!.trim().startsWith('|') || head.join('|') !== HEADER.join('|')) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const [name, calls, period] = cells(lines[j]!);
      const seconds = renewalSeconds(period ?? '');
      const count = Number(calls);
      if (name && Number.isInteger(count) && count > 0 && seconds !== undefined) {
        policies.push({ name, calls: count, renewalPeriodSeconds: seconds });
      }
    }
  }
  return policies;
}
