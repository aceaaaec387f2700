import type { SourceLocation } from './diagnostic.js';
import { parentPointer } from './json-pointer.js';

/**
 * The TypeScript source of the nearest object at or above `pointer` that has one: a finding deep
 * inside an operation's parameters points at the file the operation was written in.
 */
export function sourceFor(sources: ReadonlyMap<string, SourceLocation>, pointer: string): SourceLocation | undefined {
  for (let current: string | undefined = pointer; current !== undefined; current = parentPointer(current)) {
    const found = sources.get(current);
    if (found) return found;
  }
  return undefined;
}
