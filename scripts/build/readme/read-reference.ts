/**
 * Reads the reference section of a rendered README back into data: the tables, headings and
 * descriptions exactly as a reader of the Markdown sees them. The tests compare this with the
 * specification, so what is checked is the published text, not the model it was rendered from.
 */
import { isListItem, unlink, uncell } from './markdown.js';
import type { Reference, ReferenceDefinition, ReferenceField, ReferenceOperation, ReferenceParameter, ReferenceReturns } from './reference/model.js';
import { FIELD_HEADER, PARAMETER_HEADER, REFERENCE_HEADINGS, THROTTLING_HEADER } from './reference/headings.js';

/** The operation id is not printed in the reference; read-back operations carry none. */
export type ReadOperation = Omit<ReferenceOperation, 'operationId'>;

export interface ReadReference extends Omit<Reference, 'actions' | 'triggers'> {
  actions: ReadOperation[];
  triggers: ReadOperation[];
}

interface Node {
  level: number;
  title: string;
  /** Lines up to the first child heading. */
  body: string[];
  children: Node[];
}

export function readReference(markdown: string): ReadReference {
  const root = outline(markdown);
  const section = only(descendants(root).filter((n) => n.level === 2 && n.title === REFERENCE_HEADINGS.section), REFERENCE_HEADINGS.section);
  const group = (title: string) => only(section.children.filter((n) => n.title === title), title);
  return {
    throttling: readTable(group(REFERENCE_HEADINGS.throttling).body, THROTTLING_HEADER).map(([name, calls, renewalPeriod]) => ({
      name: name!,
      calls: Number(calls),
      renewalPeriod: renewalPeriod!,
    })),
    actions: group(REFERENCE_HEADINGS.actions).children.map(readOperation),
    triggers: group(REFERENCE_HEADINGS.triggers).children.map(readOperation),
    definitions: group(REFERENCE_HEADINGS.definitions).children.map(readDefinition),
  };
}

function readOperation(node: Node): ReadOperation {
  const parts = new Map(node.children.map((child) => [child.title, child]));
  const unknown = [...parts.keys()].filter((t) => t !== REFERENCE_HEADINGS.parameters && t !== REFERENCE_HEADINGS.returns);
  if (unknown.length > 0) throw new Error(`README: unexpected heading(s) ${unknown.join(', ')} under '${node.title}'`);
  const parameters = parts.get(REFERENCE_HEADINGS.parameters);
  const returns = parts.get(REFERENCE_HEADINGS.returns);
  return {
    summary: node.title,
    description: readText(node.body),
    parameters: parameters ? readTable(parameters.body, PARAMETER_HEADER).map(toParameter) : [],
    ...(returns ? { returns: readReturns(returns.body) } : {}),
  };
}

function toParameter([name, key, required, type, description]: string[]): ReferenceParameter {
  if (required !== 'True' && required !== 'False') throw new Error(`README: Required is '${required}' for '${key}'`);
  return { name: name!, key: key!, required: required === 'True', type: type!, description: description! };
}

function toField([name, path, type, description]: string[]): ReferenceField {
  return { name: name!, path: path!, type: type!, description: description! };
}

function readReturns(body: string[]): ReferenceReturns {
  const tableStart = body.findIndex((line) => line.startsWith('|'));
  const text = readText(tableStart < 0 ? body : body.slice(0, tableStart));
  return {
    ...(text !== '' ? { description: text } : {}),
    fields: tableStart < 0 ? [] : readTable(body.slice(tableStart), FIELD_HEADER).map(toField),
  };
}

function readDefinition(node: Node): ReferenceDefinition {
  if (node.children.length > 0) throw new Error(`README: unexpected heading under definition '${node.title}'`);
  const tableStart = node.body.findIndex((line) => line.startsWith('|'));
  if (tableStart < 0) throw new Error(`README: definition '${node.title}' has no table`);
  return {
    name: node.title,
    description: readText(node.body.slice(0, tableStart)),
    fields: readTable(node.body.slice(tableStart), FIELD_HEADER).map(toField),
  };
}

/**
 * Paragraph text as the definition wrote it: lines joined with "\n", minus the blank line the
 * renderer puts between a lead-in sentence and its list.
 */
function readText(lines: string[]): string {
  const kept = lines.filter((line, index) => {
    if (line.trim() !== '') return true;
    const previous = lines[index - 1];
    const next = lines[index + 1];
    return previous !== undefined && next !== undefined && !(isListItem(next) && !isListItem(previous)) && previous.trim() !== '' && next.trim() !== '';
  });
  return kept.join('\n').trim();
}

/** The rows of the one table in `lines`, checked against the expected header. */
function readTable(lines: string[], header: readonly string[]): string[][] {
  const rows = lines.filter((line) => line.startsWith('|')).map(splitRow);
  const [head, separator, ...body] = rows;
  if (!head || head.join('|') !== header.join('|')) throw new Error(`README: expected a table '${header.join(' | ')}', got '${head?.join(' | ')}'`);
  if (!separator || !separator.every((c) => /^:?-{3,}:?$/.test(c))) throw new Error('README: table without a separator row');
  for (const row of body) {
    if (row.length !== header.length) throw new Error(`README: row '${row.join(' | ')}' has ${row.length} cells, expected ${header.length}`);
  }
  return body.map((row) => row.map((c) => uncell(unlink(c))));
}

/** Cells of `| a | b \| c |`: split on pipes that are not escaped. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length; i += 1) {
    const char = line[i]!;
    if (char === '\\' && i + 1 < line.length) {
      current += char + line[i + 1];
      i += 1;
    } else if (char === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  return cells;
}

/** The heading tree of a Markdown text (ATX headings only; fenced code is skipped). */
function outline(markdown: string): Node {
  const root: Node = { level: 0, title: '', body: [], children: [] };
  const stack: Node[] = [root];
  let fenced = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^(#{1,6}) (.*)$/.exec(line);
    if (!match) {
      const current = stack.at(-1)!;
      if (current.children.length === 0) current.body.push(line);
      continue;
    }
    const node: Node = { level: match[1]!.length, title: match[2]!.trim(), body: [], children: [] };
    while (stack.at(-1)!.level >= node.level) stack.pop();
    stack.at(-1)!.children.push(node);
    stack.push(node);
  }
  return root;
}

function descendants(node: Node): Node[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`README: expected one '${what}' heading, found ${items.length}`);
  return items[0]!;
}
