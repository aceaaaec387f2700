/**
 * `diff --format json` (contract): `{ changes: [{ code, severity, message, pointer, operationId }],
 * summary: { breaking, nonBreaking } }`, severity spelled `breaking` / `non-breaking` (a change's
 * `error` / `warning`). Each change also carries `side` (which version the pointer
 * is into), `document`, `advice` for breaking changes, and `file`/`line`/`column` when known.
 */
import { toChangeSeverity, type DiffResult } from '../types.js';
import { locateChange, type DiffSources } from './sources.js';

export function formatJson(result: DiffResult, sources?: DiffSources): string {
  const changes = result.changes.map((change) => ({
    code: change.code,
    severity: toChangeSeverity(change.severity),
    message: change.message,
    pointer: change.pointer,
    operationId: change.operationId,
    side: change.side,
    document: change.document,
    ...locateChange(change, sources),
    ...(change.advice === undefined ? {} : { advice: change.advice }),
  }));
  return `${JSON.stringify({ changes, summary: result.summary }, null, 2)}\n`;
}
