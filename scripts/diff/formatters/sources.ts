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
  return locatePointer(sources, change.side, change.document, change.pointer);
}

/** Where a pointer into one file of one version is, as far as the sources tell. */
export function locatePointer(sources: DiffSources | undefined, side: Side, document: ConnectorFile, pointer: string): ChangeLocation {
  const ref = sources?.[side][document];
  if (!ref) return {};
  const position = ref.locate?.(pointer);
  return position ? { file: ref.file, line: position.line, column: position.column } : { file: ref.file };
}

/** `file:line:column`, else `file#pointer`, else `side#pointer`: how the text output names a place. */
export function placeText(at: ChangeLocation, side: Side, pointer: string): string {
  if (at.file === undefined) return `${side}#${pointer}`;
  return at.line === undefined ? `${at.file}#${pointer}` : `${at.file}:${at.line}:${at.column}`;
}
