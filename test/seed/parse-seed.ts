/**
 * Reads the connector's reference page (test/seed/connector-reference.txt) into data, so tests can
 * compare what we generate with the specification instead of with our own idea of it.
 *
 * The seed is the plain-text capture of a rendered web page: headings are bare lines, and every
 * table row of the page became two lines plus a description paragraph:
 *
 *     instanceId              <- Name (display name)
 *     dataset True string     <- Key/Path, "True" when required (nothing otherwise), Type
 *                             <- blank
 *     Identifier of an instance   <- Description (absent when the cell was empty)
 *
 * Bullet lists are written "  • item"; they come back as "- item", the form the definition's
 * descriptions use. This parser depends on nothing under scripts/ or connector/ on purpose: it is
 * the independent side of the comparison.
 */

export interface SeedParameter {
  /** Display name (`x-ms-summary`). */
  name: string;
  /** The parameter's name in the definition. */
  key: string;
  /** The seed writes "True" or leaves the cell empty. */
  required: boolean;
  type: string;
  description: string;
}

export interface SeedField {
  name: string;
  /** Property path; empty for a whole body or response. */
  path: string;
  type: string;
  description: string;
}

export interface SeedReturns {
  /** The text above the table ("The outputs of this operation are dynamic.", a definition's description). */
  description?: string;
  fields: SeedField[];
}

export interface SeedOperation {
  summary: string;
  description: string;
  parameters: SeedParameter[];
  /** Absent when the page has no Returns section for the operation. */
  returns?: SeedReturns;
}

export interface SeedDefinition {
  name: string;
  description: string;
  fields: SeedField[];
}

export interface SeedThrottlingRow {
  name: string;
  calls: number;
  /** As written: "60 seconds". */
  renewalPeriod: string;
}

export interface SeedReference {
  title: string;
  summary: string;
  publisher: string;
  throttling: SeedThrottlingRow[];
  actions: SeedOperation[];
  triggers: SeedOperation[];
  definitions: SeedDefinition[];
}

const PARAMETER_HEADER = 'Name Key Required Type Description';
const FIELD_HEADER = 'Name Path Type Description';
const THROTTLING_HEADER = 'Name Calls Renewal Period';
const BULLET = /^\s*•\s*/;

export function parseSeed(text: string): SeedReference {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+$/, ''));
  const at = (name: string, from = 0): number => {
    const index = lines.indexOf(name, from);
    if (index < 0) throw new Error(`seed: no line '${name}'`);
    return index;
  };

  const throttlingStart = at('Throttling Limits');
  const actionsStart = at('Actions', throttlingStart);
  const triggersStart = at('Triggers', actionsStart);
  const definitionsStart = at('Definitions', triggersStart);

  return {
    ...parseHeader(lines.slice(0, throttlingStart)),
    throttling: parseThrottling(lines.slice(throttlingStart + 1, actionsStart)),
    actions: parseOperations(lines.slice(actionsStart + 1, triggersStart)),
    triggers: parseOperations(lines.slice(triggersStart + 1, definitionsStart)),
    definitions: parseDefinitions(lines.slice(definitionsStart + 1)),
  };
}

function parseHeader(lines: string[]): Pick<SeedReference, 'title' | 'summary' | 'publisher'> {
  // The title is the line just above the first sentence; what precedes it is page chrome.
  const summaryIndex = lines.findIndex((line) => line.endsWith('.'));
  const title = lines.slice(0, summaryIndex).filter((line) => line !== '').at(-1);
  const publisher = lines.map((line) => /^Publisher (.+)$/.exec(line)?.[1]).find((value) => value !== undefined);
  if (summaryIndex < 0 || !title || !publisher) throw new Error('seed: no title, summary or publisher');
  return { title, summary: lines[summaryIndex]!, publisher };
}

function parseThrottling(lines: string[]): SeedThrottlingRow[] {
  const body = nonBlank(lines);
  if (body[0] !== THROTTLING_HEADER) throw new Error(`seed: throttling table header is '${body[0]}'`);
  return body.slice(1).map((line) => {
    const match = /^(.+) (\d+) (\d+ \S+)$/.exec(line);
    if (!match) throw new Error(`seed: unreadable throttling row '${line}'`);
    return { name: match[1]!, calls: Number(match[2]), renewalPeriod: match[3]! };
  });
}

/**
 * A section lists every operation twice: first summary and description only, then in full. The
 * overview ends where a summary comes round again.
 */
function parseOperations(lines: string[]): SeedOperation[] {
  const cursor = new Cursor(lines);
  const overview: { summary: string; description: string }[] = [];
  for (;;) {
    cursor.skipBlank();
    const summary = cursor.peek();
    if (summary === undefined || overview.some((o) => o.summary === summary)) break;
    cursor.next();
    overview.push({ summary, description: readDescription(cursor) });
  }
  const summaries = new Set(overview.map((o) => o.summary));
  const isHeading = (line: string | undefined) => line !== undefined && summaries.has(line);

  const operations: SeedOperation[] = [];
  while (!cursor.done()) {
    cursor.skipBlank();
    if (cursor.done()) break;
    const summary = cursor.next();
    if (!isHeading(summary)) throw new Error(`seed: expected an operation heading, got '${summary}'`);
    const operation: SeedOperation = { summary, description: readDescription(cursor), parameters: [] };
    cursor.skipBlank();
    if (cursor.peek() === 'Parameters') {
      cursor.next();
      cursor.skipBlank();
      cursor.expect(PARAMETER_HEADER);
      while (!cursor.done() && !isHeading(cursor.peek()) && cursor.peek() !== 'Returns') {
        const row = readRow(cursor, (line) => isHeading(line) || line === 'Returns');
        operation.parameters.push(parameterRow(row));
        cursor.skipBlank();
      }
    }
    cursor.skipBlank();
    if (cursor.peek() === 'Returns') {
      cursor.next();
      operation.returns = readReturns(cursor, isHeading);
    }
    operations.push(operation);
  }

  const detailed = operations.map((o) => o.summary);
  const listed = overview.map((o) => o.summary);
  if (detailed.join('\n') !== listed.join('\n')) {
    throw new Error(`seed: overview lists ${listed.join(', ')} but details cover ${detailed.join(', ')}`);
  }
  for (const [index, o] of overview.entries()) {
    if (operations[index]!.description !== o.description) {
      throw new Error(`seed: '${o.summary}' is described differently in the overview and in the details`);
    }
  }
  return operations;
}

/** The Returns block: an optional sentence, then optional Name/Path/Type rows without a header. */
function readReturns(cursor: Cursor, isHeading: (line: string | undefined) => boolean): SeedReturns {
  const returns: SeedReturns = { fields: [] };
  for (;;) {
    cursor.skipBlank();
    const line = cursor.peek();
    if (line === undefined || isHeading(line)) return returns;
    // A row is two lines; a sentence stands alone.
    const second = cursor.peek(1);
    if (second !== undefined && second !== '') {
      returns.fields.push(fieldRow(readRow(cursor, isHeading)));
    } else if (returns.description === undefined && returns.fields.length === 0) {
      returns.description = cursor.next();
    } else {
      throw new Error(`seed: unexpected line '${line}' in a Returns section`);
    }
  }
}

function parseDefinitions(lines: string[]): SeedDefinition[] {
  const cursor = new Cursor(lines);
  // A definition starts with: name, blank, description, blank, table header.
  const startsDefinition = (offset: number): boolean =>
    cursor.peek(offset + 1) === '' &&
    cursor.peek(offset + 3) === '' &&
    cursor.peek(offset + 4) === FIELD_HEADER;
  const definitions: SeedDefinition[] = [];
  while (!cursor.done()) {
    cursor.skipBlank();
    if (cursor.done()) break;
    if (!startsDefinition(0)) throw new Error(`seed: expected a definition, got '${cursor.peek()}'`);
    const name = cursor.next();
    cursor.skipBlank();
    const description = cursor.next();
    cursor.skipBlank();
    cursor.expect(FIELD_HEADER);
    const definition: SeedDefinition = { name, description, fields: [] };
    for (;;) {
      cursor.skipBlank();
      if (cursor.done() || startsDefinition(0)) break;
      definition.fields.push(fieldRow(readRow(cursor, () => startsDefinition(0))));
    }
    definitions.push(definition);
  }
  return definitions;
}

interface RawRow {
  name: string;
  cells: string;
  description: string;
}

/**
 * One table row: two lines, then (after a blank) the description, unless what follows the blank
 * is already the next thing (`ends`), i.e. the description cell was empty.
 */
function readRow(cursor: Cursor, ends: (line: string | undefined) => boolean): RawRow {
  const name = cursor.next();
  const cells = cursor.next();
  if (cells === '') throw new Error(`seed: row '${name}' has no cells line`);
  cursor.skipBlank();
  const next = cursor.peek();
  // A following row also starts with two non-blank lines; a description is a single line.
  const description =
    next === undefined || ends(next) || (cursor.peek(1) !== undefined && cursor.peek(1) !== '') ? '' : cursor.next();
  return { name, cells, description };
}

function parameterRow(row: RawRow): SeedParameter {
  const match = /^(\S+) (?:(True) )?(.+)$/.exec(row.cells);
  if (!match) throw new Error(`seed: unreadable parameter cells '${row.cells}'`);
  return { name: row.name, key: match[1]!, required: match[2] === 'True', type: match[3]!, description: row.description };
}

function fieldRow(row: RawRow): SeedField {
  // The type is the end of the line ("array of X" or one word); a path, when there is one, precedes it.
  const match = /^(?:(\S+) )??(array of \S+|\S+)$/.exec(row.cells);
  if (!match) throw new Error(`seed: unreadable field cells '${row.cells}'`);
  return { name: row.name, path: match[1] ?? '', type: match[2]!, description: row.description };
}

/** A description: one line, plus any bullet lines right after it (with or without blanks between). */
function readDescription(cursor: Cursor): string {
  cursor.skipBlank();
  const parts = [cursor.next()];
  for (;;) {
    let offset = 0;
    while (cursor.peek(offset) === '') offset += 1;
    const line = cursor.peek(offset);
    if (line === undefined || !BULLET.test(line)) break;
    for (let i = 0; i <= offset; i += 1) cursor.next();
    parts.push(`- ${line.replace(BULLET, '')}`);
  }
  return parts.join('\n');
}

function nonBlank(lines: string[]): string[] {
  return lines.filter((line) => line !== '');
}

class Cursor {
  private index = 0;
  constructor(private readonly lines: readonly string[]) {}

  done(): boolean {
    return this.index >= this.lines.length;
  }

  peek(offset = 0): string | undefined {
    return this.lines[this.index + offset];
  }

  next(): string {
    const line = this.lines[this.index];
    if (line === undefined) throw new Error('seed: unexpected end of text');
    this.index += 1;
    return line;
  }

  skipBlank(): void {
    while (this.peek() === '') this.index += 1;
  }

  expect(line: string): void {
    const actual = this.next();
    if (actual !== line) throw new Error(`seed: expected '${line}', got '${actual}'`);
  }
}
