/**
 * Inline suppression: a node of the swagger that carries `"x-connector-validate-disable": ["code", ...]`
 * silences those rules for itself and everything under it. The build strips the key from what it
 * emits, so the platform never sees it. `"*"` would silence everything, so it is not accepted: name
 * the rules.
 */
import { toPointer } from '../core/json-pointer.js';
import { allNodes } from './context.js';
import type { FileReport } from './engine.js';
import { setMember } from '../core/json.js';

export const DISABLE_KEY = 'x-connector-validate-disable';

/** Pointer of each node that disables codes → the codes it disables. */
export type Suppressions = ReadonlyMap<string, ReadonlySet<string>>;

export function inlineSuppressions(document: unknown): Suppressions {
  const out = new Map<string, Set<string>>();
  for (const node of allNodes(document)) {
    if (Array.isArray(node.value)) continue;
    const codes = node.value[DISABLE_KEY];
    if (codes === undefined) continue;
    const list = (Array.isArray(codes) ? codes : [codes]).filter((c): c is string => typeof c === 'string' && c !== '' && c !== '*');
    if (list.length > 0) out.set(toPointer(node.at), new Set(list));
  }
  return out;
}

function isUnder(pointer: string, root: string): boolean {
  return root === '' || pointer === root || pointer.startsWith(`${root}/`);
}

/** The report without the findings a node above (or at) them disables. */
export function applySuppressions(report: FileReport, suppressions: Suppressions): FileReport {
  if (suppressions.size === 0) return report;
  const diagnostics = report.diagnostics.filter((d) => {
    for (const [root, codes] of suppressions) if (codes.has(d.code) && isUnder(d.pointer, root)) return false;
    return true;
  });
  return diagnostics.length === report.diagnostics.length ? report : { ...report, diagnostics };
}

/** A copy of the document without the suppression key anywhere (what the build emits). */
export function stripInlineSuppressions<T>(document: T): T {
  if (Array.isArray(document)) return document.map((item) => stripInlineSuppressions(item)) as T;
  if (document === null || typeof document !== 'object') return document;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (key !== DISABLE_KEY) setMember(out, key, stripInlineSuppressions(value));
  return out as T;
}
