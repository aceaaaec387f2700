/**
 * JSON as the platform's service reads connector files: its .NET reader (Newtonsoft.Json) takes
 * trailing commas, `//` and `/* *\/` comments, and raw control characters inside strings, and a few
 * published connectors rely on that. Exactly those deviations are tolerated here, each reported
 * with its position; anything else (a missing comma, a bracket that does not match, a single
 * quote) is an error at its line and column. Only for files that strict JSON refused: `validate`
 * keeps reading strictly (core/load-document.ts).
 *
 * jsonc-parser (VS Code's reader) tokenizes and checks the structure; trailing commas and comments
 * come from its visitor. It ends a string at a raw line break and flags other raw control
 * characters, so those are masked by a space before it reads (a same-length mask keeps every
 * offset), and every string is decoded from the original text.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { toPointer } from '../core/json-pointer.js';
import { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_VALUES } from '../core/load-document.js';

/** What the platform's reader tolerates and strict JSON does not. */
export type Deviation = 'trailing-comma' | 'comment' | 'control-character';

export interface LenientRead {
  value: unknown;
  /** In document order. */
  deviations: {
    kind: Deviation;
    /** 1-based, counted as the strict loader counts (lines end at `\n`; columns in UTF-16 code units). */
    line: number;
    column: number;
    /** Where it sits: the string that holds a raw control character, else the innermost object or array (`""` for the root). */
    pointer: string;
    /** What was tolerated, as a phrase: "a trailing comma before '}'". */
    what: string;
  }[];
}

export interface LenientReadError {
  error: string;
  line: number;
  column: number;
  /** `input-too-deep` / `input-too-large` when a limit of the loader was met, else `parse-error`. */
  code: 'parse-error' | 'input-too-deep' | 'input-too-large';
}

const ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Not a JSON token',
  InvalidNumberFormat: 'Not a valid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: "Expected ':'",
  CloseBraceExpected: "Expected ',' or '}'",
  CloseBracketExpected: "Expected ',' or ']'",
  EndOfFileExpected: 'Expected the end of the file (the outermost value is already closed)',
  InvalidCommentToken: 'Not a valid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape sequence in string',
  InvalidCharacter: 'Invalid character',
};

const CONTROL_NAMES: Readonly<Record<number, string>> = { 0x09: 'tab', 0x0a: 'line feed', 0x0d: 'carriage return' };

class Stop extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: LenientReadError['code'] = 'parse-error',
  ) {
    super(message);
  }
}

interface Frame {
  container: Record<string, unknown> | unknown[];
  segments: (string | number)[];
  /** In an object: the member whose value comes next. */
  key?: string;
  /** Offset of a ',' not yet followed by a member or item. */
  comma?: number;
}

export function readLenientJson(text: string): LenientRead | LenientReadError {
  const lines = lineStarts(text);
  const position = (offset: number) => toPosition(lines, offset);
  const { masked, rawInStrings } = maskStrings(text);
  const deviations: LenientRead['deviations'] = [];
  const note = (kind: Deviation, offset: number, pointer: string, what: string) => deviations.push({ kind, ...position(offset), pointer, what });

  const frames: Frame[] = [];
  let root: unknown;
  let values = 0;
  const top = () => frames[frames.length - 1];
  const pointerHere = () => toPointer(top()?.segments ?? []);
  const childSegments = (): (string | number)[] => {
    const frame = top();
    if (!frame) return [];
    return [...frame.segments, Array.isArray(frame.container) ? frame.container.length : (frame.key ?? '')];
  };
  const attach = (value: unknown, offset: number) => {
    if (++values > MAX_VALUES) throw new Stop(`The document holds more than ${MAX_VALUES} values; it is not read.`, offset, 'input-too-large');
    const frame = top();
    if (!frame) {
      root = value;
      return;
    }
    delete frame.comma;
    if (Array.isArray(frame.container)) {
      if (frame.container.length >= MAX_ARRAY_LENGTH) throw new Stop(`An array holds more than ${MAX_ARRAY_LENGTH} items; it is not read.`, offset, 'input-too-large');
      frame.container.push(value);
    } else {
      // Defined, not assigned: a `__proto__` member stays a member, as JSON.parse makes it.
      Object.defineProperty(frame.container, frame.key ?? '', { value, writable: true, enumerable: true, configurable: true });
    }
  };
  const open = (container: Frame['container'], offset: number) => {
    if (frames.length >= MAX_DEPTH) throw new Stop(`Nesting is deeper than ${MAX_DEPTH} levels.`, offset, 'input-too-deep');
    const segments = childSegments();
    attach(container, offset);
    frames.push({ container, segments });
  };
  const close = (closing: '}' | ']') => {
    const frame = frames.pop()!;
    if (frame.comma !== undefined) note('trailing-comma', frame.comma, toPointer(frame.segments), `a trailing comma before '${closing}'`);
  };
  /** A string, number or keyword token's value; `segments` says where a raw control character in a string is reported. */
  const literal = (offset: number, length: number, value: unknown, segments: (decoded: string) => (string | number)[]) => {
    const source = text.slice(offset, offset + length);
    if (source.startsWith('"')) {
      const decoded = decodeString(source);
      const raw = rawInStrings.get(offset);
      if (raw) note('control-character', raw.first, toPointer(segments(decoded)), describeRaw(raw.codes));
      return decoded;
    }
    // Numbers as JSON.parse reads them, so a lenient read gives the values a strict one would.
    return typeof value === 'number' ? (JSON.parse(source) as number) : value;
  };

  try {
    visit(
      masked,
      {
        onObjectBegin: (offset) => open({}, offset),
        onObjectEnd: () => close('}'),
        onArrayBegin: (offset) => open([], offset),
        onArrayEnd: () => close(']'),
        onObjectProperty: (_name, offset, length) => {
          const frame = top()!;
          delete frame.comma;
          frame.key = literal(offset, length, undefined, (key) => [...frame.segments, key]) as string;
        },
        onLiteralValue: (value: unknown, offset, length) => attach(literal(offset, length, value, () => childSegments()), offset),
        onSeparator: (character, offset) => {
          if (character === ',') top()!.comma = offset;
        },
        onComment: (offset) => note('comment', offset, pointerHere(), text.startsWith('//', offset) ? 'a // comment' : 'a /* */ comment'),
        onError: (error, offset) => {
          const name = printParseErrorCode(error);
          const expected = name === 'CommaExpected' ? `Expected ',' or '${Array.isArray(top()?.container) ? ']' : '}'}'` : (ERRORS[name] ?? name);
          throw new Stop(`${expected} but found ${describeAt(text, offset)}.`, offset);
        },
      },
      { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error instanceof Stop) return { error: error.message, code: error.code, ...position(error.offset) };
    if (error instanceof RangeError) return { error: 'The document is nested too deeply to read.', code: 'input-too-deep', line: 1, column: 1 };
    throw error;
  }
  return { value: root, deviations };
}

/**
 * The text with every raw control character inside a string (and a leading byte order mark)
 * replaced by a space, and where each string that held one starts. Strings are found as the
 * tokenizer finds them: outside comments, from `"` to the next unescaped `"`.
 */
function maskStrings(text: string): { masked: string; rawInStrings: Map<number, { first: number; codes: Set<number> }> } {
  const rawInStrings = new Map<number, { first: number; codes: Set<number> }>();
  const masks: number[] = text.charCodeAt(0) === 0xfeff ? [0] : [];
  const n = text.length;
  let i = masks.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === 0x22) {
      const start = i++;
      while (i < n) {
        const s = text.charCodeAt(i);
        if (s === 0x22) break;
        if (s === 0x5c) i++;
        else if (s < 0x20) {
          const entry = rawInStrings.get(start) ?? { first: i, codes: new Set<number>() };
          entry.codes.add(s);
          rawInStrings.set(start, entry);
          masks.push(i);
        }
        i++;
      }
      i++;
    } else i++;
  }
  if (masks.length === 0) return { masked: text, rawInStrings };
  const parts: string[] = [];
  let from = 0;
  for (const at of masks) {
    parts.push(text.slice(from, at), ' ');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return { masked: parts.join(''), rawInStrings };
}

/** A string token of the original text (escapes already checked by the tokenizer), raw control characters and all. */
function decodeString(source: string): string {
  return JSON.parse(source.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)) as string;
}

function describeRaw(codes: Set<number>): string {
  const names = [...codes].sort((a, b) => a - b).map((c) => `${CONTROL_NAMES[c] ?? 'control character'} (U+${c.toString(16).toUpperCase().padStart(4, '0')})`);
  return `a raw ${names.join(', ')} inside a string`;
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const point = text.codePointAt(offset)!;
  const char = String.fromCodePoint(point);
  return point < 0x20 || point === 0x7f || /\s/u.test(char) ? `U+${point.toString(16).toUpperCase().padStart(4, '0')}` : `'${char}'`;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
