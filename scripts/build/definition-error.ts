/**
 * A definition module that cannot be turned into a connector: it does not compile, it throws, or
 * its default export builds nothing. The build reports it as `file:line:column: what happened` and
 * exits 1 ("the definition has errors"), never as a stack trace.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export class DefinitionError extends Error {
  override name = 'DefinitionError';
  constructor(
    message: string,
    /** `file:line:column` (or just `file`) of the definition, as far as it is known. */
    readonly location: string,
  ) {
    super(message);
  }
}

/** Stacks and compiler messages are small, but only this much of one is read. */
const MAX_EXAMINED = 20_000;

/**
 * Where in `file` an error arose: the first stack frame inside the file (including tsx's `data:`
 * URLs, which carry the path percent-encoded), or the position a compiler (esbuild) names.
 */
export function locationIn(error: unknown, file: string): string | undefined {
  const text = error instanceof Error ? stripVTControlCharacters(`${error.message}\n${error.stack ?? ''}`.slice(0, MAX_EXAMINED)) : '';
  // Absolute, percent-encoded (tsx's data: URLs) or relative to the working folder (compilers).
  const spellings = [file, encodeURIComponent(file), path.relative(process.cwd(), file)];
  for (const line of text.split('\n')) {
    for (const spelling of spellings) {
      const at = line.indexOf(spelling);
      if (at === -1) continue;
      const position = trailingPosition(line.slice(at + spelling.length));
      if (position) return `${file}:${position}`;
    }
  }
  return undefined;
}

/** `:12:5` or `:12:5)` or `?namespace=…:12:5` → `12:5`; esbuild's `:2:0: ERROR: …` → `2:1`. */
function trailingPosition(rest: string): string | undefined {
  const compiler = /^:(\d+):(\d+)(: ERROR: )?/.exec(rest);
  // esbuild counts columns from 0, editors from 1.
  if (compiler) return `${compiler[1]}:${Number(compiler[2]) + (compiler[3] ? 1 : 0)}`;
  const frame = /:(\d+):(\d+)\)?\s*$/.exec(rest.slice(-40));
  return frame ? `${frame[1]}:${frame[2]}` : undefined;
}

/** The first line of an error's message, without the compiler's preamble. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const lines = stripVTControlCharacters(error.message.slice(0, MAX_EXAMINED)).split('\n');
  const compilerLine = lines.find((l) => l.includes(': ERROR: '));
  // "Transform failed with 1 error:" says nothing: the first line after it does.
  const first = /^Transform failed/.test(lines[0]!) ? (lines.slice(1).find((l) => l.trim() !== '') ?? lines[0]!) : lines[0]!;
  const message = compilerLine ? compilerLine.slice(compilerLine.indexOf(': ERROR: ') + ': ERROR: '.length) : first.trim();
  return `${error.name === 'Error' || compilerLine ? '' : `${error.name}: `}${message}`.slice(0, 500);
}

/** Kind of path, for usage errors that name what was found instead of what was expected. */
export function pathKind(file: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const stat = statSync(file);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}
