/**
 * The few Markdown forms the README uses, written so the output is byte-stable (LF, no trailing
 * spaces, exactly one trailing newline) and so every text from the definition survives a table
 * cell: a `|` or a line break inside a description must not split or end its row.
 */

/** A section is a list of lines; sections are joined with one blank line between blocks. */
export type Block = string | readonly string[];

/** Lines of several blocks, one blank line between consecutive blocks. */
export function blocks(...parts: readonly (Block | false | undefined)[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    if (part === false || part === undefined) continue;
    const partLines = typeof part === 'string' ? part.split('\n') : part;
    if (partLines.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...partLines);
  }
  return lines;
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${inline(text)}`;
}

/**
 * Text for a table cell: backslashes and pipes escaped (GitHub splits rows on a bare `|` even
 * inside code spans), line breaks as `<br>` because a row must stay on one line.
 */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** The inverse of {@link cell}, for reading a rendered table back. */
export function uncell(text: string): string {
  return text.replace(/<br>/g, '\n').replace(/\\([\\|])/g, '$1');
}

/** A text on one line (headings, list items): line breaks become spaces. */
export function inline(text: string): string {
  // An imported connector may leave a summary out, though the types say string.
  return String(text ?? '').replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** A GitHub-style table. Cells are escaped here; pass `raw` cells (links) through {@link RawCell}. */
export function table(header: readonly string[], rows: readonly (readonly (string | RawCell)[])[]): string[] {
  const render = (cells: readonly (string | RawCell)[]) =>
    `|${cells.map(cellText).map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
  return [render(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(render)];
}

/**
 * A cell's Markdown. An imported connector may leave a text out or write it as a number, though
 * the types say string: such a cell is empty, or the number's text, rather than a crash.
 */
function cellText(value: string | RawCell | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value.markdown;
  return cell(String(value));
}

/** A cell that is already Markdown (a link); its text must not be escaped again. */
export interface RawCell {
  markdown: string;
}

export function raw(markdown: string): RawCell {
  return { markdown };
}

/** `[text](#anchor)` */
export function link(text: string, anchor: string): string {
  return `[${text.replace(/[[\]\\]/g, '\\$&')}](#${anchor})`;
}

/** Strips `[text](target)` links down to their text. */
export function unlink(text: string): string {
  return text.replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, (_, label: string) => label.replace(/\\([[\]\\])/g, '$1'));
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. (GitHub
 * then appends -1, -2, ... to repeats; the README keeps linked headings unique instead.)
 */
export function slug(text: string): string {
  return inline(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * A description as Markdown paragraphs. The definition writes lists as lines starting with "- "
 * right under their lead-in sentence; Markdown needs a blank line there to be safe everywhere.
 */
export function paragraphs(text: string): string[] {
  const lines: string[] = [];
  const source = String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
  source.forEach((line, index) => {
    const previous = index > 0 ? source[index - 1]! : undefined;
    if (previous !== undefined && previous.trim() !== '' && isListItem(line) && !isListItem(previous)) lines.push('');
    lines.push(line);
  });
  return lines;
}

export function isListItem(line: string): boolean {
  return /^\s*- /.test(line);
}

/** The final text: LF line ends, no trailing spaces, no runs of blank lines, one trailing newline. */
export function finish(lines: readonly string[]): string {
  const text = lines
    .join('\n')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  return `${text.trimEnd()}\n`;
}
