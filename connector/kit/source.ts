/**
 * Where each part of the connector was written. `define*()` helpers call `recordSource()`, which
 * reads the caller's file and line from a stack trace (as msw does for its handlers), so a
 * diagnostic about `/paths/~1datasets/get` can also say `connector/operations/ListInstances.ts:7`.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { SourceLocation } from '../../scripts/core/diagnostic.js';

const KIT_DIR = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(KIT_DIR, '../..');

const locations = new WeakMap<object, SourceLocation>();

/** Remembers where `value` was defined (by default: the first caller outside the kit). */
export function recordSource<T extends object>(value: T, location: SourceLocation | undefined = callerLocation()): T {
  if (location) locations.set(value, location);
  return value;
}

export function sourceOf(value: object): SourceLocation | undefined {
  return locations.get(value);
}

const FRAME = /(?:\(|\s)((?:file:\/\/)?(?:\/|[A-Za-z]:[\\/])[^()]*?):(\d+):(\d+)\)?\s*$/;

/** The first stack frame outside this kit folder (its tests aside) and outside node_modules. */
export function callerLocation(): SourceLocation | undefined {
  const stack = new Error().stack?.split('\n').slice(1) ?? [];
  for (const frame of stack) {
    const match = FRAME.exec(frame);
    if (!match) continue;
    const [, rawFile, line, column] = match as unknown as [string, string, string, string];
    const file = rawFile.startsWith('file://') ? fileURLToPath(rawFile) : rawFile;
    const inKit = file.startsWith(KIT_DIR + path.sep) && !/\.test\.ts$/.test(file);
    if (inKit || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    // Inside this project, relative to its root; a connector elsewhere (the kit installed as a
    // package), relative to the folder the build runs in.
    const base = file.startsWith(PROJECT_ROOT + path.sep) ? PROJECT_ROOT : process.cwd();
    const relative = path.relative(base, file).split(path.sep).join('/');
    return { file: relative, line: Number(line), column: Number(column) };
  }
  return undefined;
}
