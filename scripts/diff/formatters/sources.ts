/** Where each version's files live, so a change's pointer can be shown as file:line:column. */
import type { Change, ConnectorFile, Side } from '../types.js';

export interface DocumentRef {
  file: string;
  locate?(pointer: string): { line: number; column: number } | undefined;
}

export type DiffSources = Record<Side, Partial<Record<ConnectorFile, DocumentRef>>>;

export interface ChangeLocation {
  file?: string;
  line?: number;
  column?: number;
}

export function locateChange(change: Change, sources: DiffSources | undefined): ChangeLocation {
  const ref = sources?.[change.side][change.document];
  if (!ref) return {};
  const position = ref.locate?.(change.pointer);
  return position ? { file: ref.file, line: position.line, column: position.column } : { file: ref.file };
}
