/** Tokens of an OData `$filter` expression. */

export type TokenKind = 'string' | 'number' | 'datetime' | 'identifier' | '(' | ')' | ',' | 'end';

export interface Token {
  kind: TokenKind;
  /** The source text of the token (for strings: the decoded value, quotes removed). */
  text: string;
  /** 0-based offset into the expression. */
  position: number;
}

/** A malformed `$filter`, `$select`, `$top` or `$skip`; `position` is 0-based when known. */
export class ODataSyntaxError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message);
    this.name = 'ODataSyntaxError';
  }
}

const DATETIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]*/;

/** Describes where an error happened in words people count in: characters from 1. */
export function at(position: number): string {
  return `at character ${position + 1}`;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, position: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const start = i;
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) {
          throw new ODataSyntaxError(`Unterminated string literal starting ${at(start)}`, start);
        }
        const c = source[i]!;
        if (c === "'") {
          // OData escapes a quote inside a string by doubling it: 'O''Brien'.
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'string', text: value, position: start });
      continue;
    }
    const rest = source.slice(i);
    // Dates must be tried before numbers: "2024-01-01" would otherwise lex as the number 2024.
    const datetime = DATETIME.exec(rest);
    if (datetime && datetime[0].length > 4) {
      tokens.push({ kind: 'datetime', text: datetime[0], position: i });
      i += datetime[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', text: number[0], position: i });
      i += number[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      tokens.push({ kind: 'identifier', text: identifier[0], position: i });
      i += identifier[0].length;
      continue;
    }
    throw new ODataSyntaxError(`Unexpected character '${ch}' ${at(i)}`, i);
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}
