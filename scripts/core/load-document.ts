/**
 * Reads a connector file (JSON or YAML) into a value plus a way to find where any JSON pointer
 * sits in the text. Failures come back as a Diagnostic, never as an exception, so a run over many
 * files reports every unreadable one and carries on.
 *
 * JSON goes through JSON.parse for the value (native, exact) and through a small scanner of our own
 * for positions, nesting depth and precise syntax-error locations. YAML goes through js-yaml's
 * event stream, which carries source offsets for every node.
 */
import { readFileSync, statSync } from 'node:fs';
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';
import type { Diagnostic } from './diagnostic.js';
import { fromPointer } from './json-pointer.js';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as editors and tsc count). */
  column: number;
}

export interface LoadedDocument {
  file: string;
  text: string;
  value: unknown;
  /**
   * Where the pointer's target is written: the member's key for object members, the value itself
   * for array items and the root. `undefined` when the pointer does not exist in the document.
   */
  locate(pointer: string): TextPosition | undefined;
  /** How the text is written (documents built elsewhere may leave it out; JSON is assumed). */
  format?: 'json' | 'yaml';
}

/** Larger inputs are refused before parsing: no connector file comes near this, and it bounds memory. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
/** Deeper nesting is refused: every rule may then walk the document recursively without risk. */
export const MAX_DEPTH = 256;
/**
 * Values (objects, arrays, strings, numbers, …) one document may hold. Counted while scanning,
 * before anything is built: 30 MB of `{},` would otherwise become ten million objects and exhaust
 * the heap below the size limit. The largest certified connectors hold a few hundred thousand.
 */
export const MAX_VALUES = 2_000_000;
/** Items one array may hold; no connector file lists more than a few thousand of anything. */
export const MAX_ARRAY_LENGTH = 100_000;

/** Codes of the diagnostics the loader itself produces (a file that could not be read at all). */
export const LOAD_ERROR_CODES = ['unreadable-file', 'parse-error', 'input-too-large', 'input-too-deep'] as const;

export function isLoadedDocument(value: LoadedDocument | Diagnostic): value is LoadedDocument {
  return 'locate' in value;
}

export function loadDocumentFromFile(path: string): LoadedDocument | Diagnostic {
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return loadError('unreadable-file', `${path} is a directory, not a file.`);
    // Devices and pipes report no size and may never end (/dev/zero): only regular files are read.
    if (!stat.isFile()) return loadError('unreadable-file', `${path} is not a regular file.`);
    if (stat.size > MAX_INPUT_BYTES) {
      return loadError('input-too-large', `${path} is ${stat.size} bytes; files over ${MAX_INPUT_BYTES} bytes are not read.`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeError(error);
    return loadError('unreadable-file', `Cannot read ${path}: ${reason}.`);
  }
  return loadDocument(path, text);
}

export function loadDocument(file: string, text: string): LoadedDocument | Diagnostic {
  if (text.length > MAX_INPUT_BYTES) {
    return loadError('input-too-large', `${file} is over ${MAX_INPUT_BYTES} characters; it is not read.`);
  }
  const format = detectFormat(file, text);
  const lines = lineStarts(text);
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    if (format === 'json') {
      const scanned = scanJson(text, body);
      if ('error' in scanned) return atOffset(loadError(scanned.code, scanned.error), lines, scanned.offset);
      return makeDocument(file, text, format, JSON.parse(text.slice(body)), scanned.root, lines);
    }
    return loadYamlDocument(file, text, lines);
  } catch (error) {
    return loadError('parse-error', `${file} could not be parsed: ${describeError(error)}`);
  }
}

function detectFormat(file: string, text: string): 'json' | 'yaml' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function loadError(code: (typeof LOAD_ERROR_CODES)[number], message: string): Diagnostic {
  return { code, severity: 'error', message, pointer: '' };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Where a node sits: the offset of its value and, for object members, of its key. */
interface PositionNode {
  offset: number;
  keyOffset?: number;
  children?: Map<string, PositionNode> | PositionNode[];
}

function makeDocument(
  file: string,
  text: string,
  format: 'json' | 'yaml',
  value: unknown,
  root: PositionNode | undefined,
  lines: number[],
): LoadedDocument {
  return {
    file,
    text,
    value,
    format,
    locate(pointer: string) {
      if (!root) return undefined;
      let segments: string[];
      try {
        segments = fromPointer(pointer);
      } catch {
        return undefined;
      }
      let node: PositionNode | undefined = root;
      for (const segment of segments) {
        const children: PositionNode['children'] = node.children;
        if (!children) return undefined;
        node = Array.isArray(children) ? (/^(0|[1-9]\d*)$/.test(segment) ? children[Number(segment)] : undefined) : children.get(segment);
        if (!node) return undefined;
      }
      return toPosition(lines, node.keyOffset ?? node.offset);
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function atOffset(diagnostic: Diagnostic, lines: number[], offset: number): Diagnostic {
  const { line, column } = toPosition(lines, offset);
  return { ...diagnostic, line, column };
}

// ---------------------------------------------------------------------------------------------
// JSON scanner: validates strictly (RFC 8259, as Python's json.load reads it) and records positions.

type ScanErrorCode = 'parse-error' | 'input-too-deep' | 'input-too-large';
type ScanResult = { root: PositionNode } | { error: string; offset: number; code: ScanErrorCode };

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: ScanErrorCode = 'parse-error',
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanJson(text: string, start: number): ScanResult {
  let i = start;
  const n = text.length;

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const describe = (at: number) =>
    at >= n ? 'the end of the file' : `'${text[at] === '\n' ? '\\n' : text[at]}'`;
  const fail = (expected: string): never => {
    const hint = text.startsWith('//', i) || text.startsWith('/*', i) ? ' (comments are not allowed in JSON)' : '';
    throw new ScanError(`Expected ${expected} but found ${describe(i)}${hint}.`, i);
  };

  const scanString = (): string => {
    const begin = i;
    i++;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        const raw = text.slice(begin, i);
        if (!escaped) return raw.slice(1, -1);
        try {
          return JSON.parse(raw) as string;
        } catch {
          throw new ScanError('Invalid escape sequence in string.', begin);
        }
      }
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 0x20) throw new ScanError('Unescaped control character in string.', i);
      i++;
    }
    throw new ScanError('Unterminated string.', begin);
  };

  // Recursion is bounded by MAX_DEPTH, so a hostile input meets the limit as a diagnostic rather
  // than as a stack overflow.
  let values = 0;
  const scanValue = (depth: number): PositionNode => {
    skipSpace();
    const offset = i;
    if (++values > MAX_VALUES) throw new ScanError(`The document holds more than ${MAX_VALUES} values; it is not read.`, i, 'input-too-large');
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) throw new ScanError(`Nesting is deeper than ${MAX_DEPTH} levels.`, i, 'input-too-deep');
      i++;
      skipSpace();
      if (c === '{') {
        const children = new Map<string, PositionNode>();
        if (text[i] === '}') {
          i++;
          return { offset, children };
        }
        for (;;) {
          skipSpace();
          if (text[i] !== '"') fail('a property name in double quotes');
          const keyOffset = i;
          const key = scanString();
          skipSpace();
          if (text[i] !== ':') fail("':'");
          i++;
          const child = scanValue(depth + 1);
          child.keyOffset = keyOffset;
          children.set(key, child);
          skipSpace();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            return { offset, children };
          }
          fail("',' or '}'");
        }
      }
      const items: PositionNode[] = [];
      if (text[i] === ']') {
        i++;
        return { offset, children: items };
      }
      for (;;) {
        if (items.length >= MAX_ARRAY_LENGTH) throw new ScanError(`An array holds more than ${MAX_ARRAY_LENGTH} items; it is not read.`, i, 'input-too-large');
        items.push(scanValue(depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { offset, children: items };
        }
        fail("',' or ']'");
      }
    }
    if (c === '"') {
      scanString();
      return { offset };
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { offset };
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return { offset };
    }
    return fail('a value');
  };

  try {
    const root = scanValue(0);
    skipSpace();
    if (i < n) fail('the end of the file');
    return { root };
  } catch (error) {
    if (error instanceof ScanError) return { error: error.message, offset: error.offset, code: error.code };
    if (error instanceof RangeError) return { error: 'The document is nested too deeply to read.', offset: 0, code: 'input-too-deep' };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

function loadYamlDocument(file: string, text: string, lines: number[]): LoadedDocument | Diagnostic {
  let value: unknown;
  let events: Event[];
  try {
    // One parse feeds both the value and the positions.
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
    // Counted before anything is constructed, as for JSON (an event per value, plus one per collection end).
    if (events.length > 2 * MAX_VALUES) {
      return loadError('input-too-large', `${file} holds more than ${MAX_VALUES} values; it is not read.`);
    }
    const documents = constructFromEvents(events, { source: text, filename: file });
    if (documents.length !== 1) {
      return loadError('parse-error', documents.length === 0 ? 'The file is empty.' : `The file holds ${documents.length} YAML documents; a connector file is one.`);
    }
    value = documents[0];
    // Aliases share objects: a few lines can stand for an exponentially large (or cyclic) tree.
    if (events.some((e) => e.type === EVENT_ID.ALIAS) && !withinNodeBudget(value, MAX_EXPANDED_NODES)) {
      return loadError('input-too-large', `The YAML aliases in ${file} expand to more than ${MAX_EXPANDED_NODES} nodes (or refer to themselves); it is not read.`);
    }
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? describeError(error);
    const diagnostic = loadError(/depth/i.test(reason) ? 'input-too-deep' : 'parse-error', `Not valid YAML: ${reason}.`);
    return mark ? { ...diagnostic, line: mark.line + 1, column: mark.column + 1 } : diagnostic;
  }
  return makeDocument(file, text, 'yaml', value, yamlPositions(text, events), lines);
}

/** A YAML file whose aliases expand beyond this many objects and arrays is refused. */
export const MAX_EXPANDED_NODES = 1_000_000;

function withinNodeBudget(root: unknown, budget: number): boolean {
  const stack: unknown[] = [root];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (++count > budget) return false;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return true;
}

interface OpenCollection {
  node: PositionNode;
  isMapping: boolean;
  /** In a mapping: the key waiting for its value. */
  pendingKey?: { key: string; offset: number } | undefined;
  expectKey: boolean;
}

function yamlPositions(text: string, events: Event[]): PositionNode | undefined {
  let root: PositionNode | undefined;
  const stack: OpenCollection[] = [];

  const place = (node: PositionNode, keyText: (() => string) | undefined): boolean => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root ??= node;
      return true;
    }
    if (!parent.isMapping) {
      (parent.node.children as PositionNode[]).push(node);
      return true;
    }
    if (parent.expectKey) {
      // A key: remember it (complex keys have no pointer form and are skipped).
      parent.pendingKey = keyText ? { key: keyText(), offset: node.offset } : undefined;
      parent.expectKey = false;
      return false;
    }
    if (parent.pendingKey) {
      node.keyOffset = parent.pendingKey.offset;
      (parent.node.children as Map<string, PositionNode>).set(parent.pendingKey.key, node);
    }
    parent.pendingKey = undefined;
    parent.expectKey = true;
    return true;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const offset = Math.max(0, event.valueStart);
        place({ offset }, () => getScalarValue(text, event));
        break;
      }
      case EVENT_ID.ALIAS:
        place({ offset: Math.max(0, event.anchorStart - 1) }, undefined);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const isMapping = event.type === EVENT_ID.MAPPING;
        const node: PositionNode = { offset: Math.max(0, event.start), children: isMapping ? new Map() : [] };
        const parent = stack[stack.length - 1];
        const isKey = parent?.isMapping === true && parent.expectKey;
        place(node, undefined);
        // A collection used as a key is still opened so its events balance, but is detached.
        stack.push({ node: isKey ? { offset: node.offset, children: isMapping ? new Map() : [] } : node, isMapping, expectKey: true });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  return root;
}
