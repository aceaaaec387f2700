/**
 * The shell commands a README documents: every fenced `sh` block, each command with the line it
 * starts on. A block right after the line `<!-- needs-tenant -->` holds commands that need a
 * Power Platform or Azure tenant (paconn, pac, az); they are checked against the table of what
 * those tools accept instead of being run.
 */

export const NEEDS_TENANT = '<!-- needs-tenant -->';

export interface DocumentedCommand {
  /** The README, relative to the project root. */
  file: string;
  /** 1-based line of the command's first line. */
  line: number;
  /** The command as one line: continuation lines (ending in `\`) joined. */
  text: string;
  needsTenant: boolean;
  /** Index of its block in the file, so a test can tell blocks apart. */
  block: number;
}

export function documentedCommands(file: string, markdown: string): DocumentedCommand[] {
  const lines = markdown.split('\n');
  const commands: DocumentedCommand[] = [];
  let block = -1;
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*(\S*)/.exec(lines[i]!);
    if (!fence) continue;
    const close = fence[2]!;
    const lang = fence[3]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(close)) end++;
    if (lang === 'sh' || lang === 'bash' || lang === 'shell') {
      block++;
      let before = i - 1;
      while (before >= 0 && lines[before]!.trim() === '') before--;
      const needsTenant = before >= 0 && lines[before]!.trim() === NEEDS_TENANT;
      let pending: { line: number; parts: string[] } | undefined;
      for (let j = i + 1; j < end; j++) {
        const raw = lines[j]!;
        if (!pending && (raw.trim() === '' || raw.trim().startsWith('#'))) continue;
        const continued = /\\\s*$/.test(raw);
        const part = continued ? raw.replace(/\\\s*$/, '') : raw;
        if (pending) pending.parts.push(part.trim());
        else pending = { line: j + 1, parts: [part.trim()] };
        if (!continued) {
          commands.push({ file, line: pending.line, text: pending.parts.join(' ').replace(/\s+/g, ' ').trim(), needsTenant, block });
          pending = undefined;
        }
      }
      if (pending) commands.push({ file, line: pending.line, text: pending.parts.join(' ').trim(), needsTenant, block });
    }
    i = end;
  }
  return commands;
}

/** Shell words, with quotes removed; good enough to read flags (no expansion, no operators). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      any = true;
    } else if (/\s/.test(c)) {
      if (current !== '' || any) words.push(current);
      current = '';
      any = false;
    } else if (c === '#' && current === '' && !any) {
      break; // a comment to the end of the line
    } else {
      current += c;
    }
  }
  if (current !== '' || any) words.push(current);
  return words;
}

/** `<environment id>`-style placeholders a reader fills in. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/<([a-z][a-z -]*)>/g)].map((m) => m[1]!);
}
