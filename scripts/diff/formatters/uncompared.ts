/**
 * One line per operation the diff left out (see `UncomparedOperation`), located like a change:
 * without them a document whose operations lack operationIds would read as "No changes.".
 */
import { toPointer } from '../../core/json-pointer.js';
import type { UncomparedOperation } from '../model.js';
import type { DiffResult, Side } from '../types.js';
import { locatePointer, placeText, type DiffSources } from './sources.js';

export function uncomparedNotes(result: DiffResult, sources?: DiffSources): string[] {
  const notes: string[] = [];
  for (const side of ['old', 'new'] as const satisfies readonly Side[]) {
    for (const operation of result.uncompared?.[side] ?? []) notes.push(`${where(side, operation, sources)}: ${describe(operation)}`);
  }
  return notes;
}

function where(side: Side, operation: UncomparedOperation, sources: DiffSources | undefined): string {
  const pointer = toPointer(operation.pointer);
  return placeText(locatePointer(sources, side, 'apiDefinition', pointer), side, pointer);
}

function describe(operation: UncomparedOperation): string {
  const name = `${operation.method.toUpperCase()} ${operation.path}`;
  if (!operation.duplicateOf) return `${name} has no operationId; flows name operations by it, so this one is not compared`;
  const first = operation.duplicateOf;
  return `${name} repeats the operationId '${first.operationId}' of ${first.method.toUpperCase()} ${first.path}; only that first one is compared`;
}
