/**
 * A small, stable printer of TypeScript values in the layout Prettier gives them (2-space indent,
 * single quotes, trailing commas, an object or array on one line when it fits in 120 columns,
 * otherwise one member per line). Hand-written instead of depending on Prettier: the import writes
 * only object literals, calls and imports, and a printer of our own keeps the output byte-stable
 * across Prettier releases and keeps a large formatter out of the command line.
 */

export const PRINT_WIDTH = 120;

/** An expression written as is (`ref(Pet)`, an identifier). */
export interface Code {
  readonly code: string;
}

export type Printable = Code | string | number | boolean | null | readonly Printable[] | PrintableObject;
export interface PrintableObject {
  readonly [key: string]: Printable;
}

const SPREAD = Symbol('spread');
type WithSpread = PrintableObject & { readonly [SPREAD]?: string };

/** `{ ...expression, ...members }` */
export function withSpread(expression: string, members: PrintableObject): PrintableObject {
  const value: WithSpread = { ...members, [SPREAD]: expression };
  return value;
}

/** Code nodes are known by identity, so an imported object that happens to have a `code` key stays data. */
const CODES = new WeakSet<object>();

export function expression(text: string): Code {
  const node: Code = { code: text };
  CODES.add(node);
  return node;
}

function isCode(value: Printable): value is Code {
  return typeof value === 'object' && value !== null && CODES.has(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function quote(text: string): string {
  let out = "'";
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (char === "'") out += "\\'";
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (point < 0x20 || point === 0x7f || point === 0x2028 || point === 0x2029 || (point >= 0xd800 && point <= 0xdfff)) {
      out += `\\u${point.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}'`;
}

function key(name: string): string {
  // `__proto__: …` in a literal would set the prototype instead of a member.
  if (name === '__proto__') return `['__proto__']`;
  return IDENTIFIER.test(name) ? name : quote(name);
}

function number(value: number): string {
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

/** `key: value`, or the shorthand `key` for an identifier of the same name. */
function member(name: string, value: Printable, printed: string): string {
  return isCode(value) && value.code === name && IDENTIFIER.test(name) ? name : `${key(name)}: ${printed}`;
}

/** The one-line form. */
function inline(value: Printable): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return String(value);
  if (isCode(value)) return value.code;
  if (Array.isArray(value)) return `[${(value as readonly Printable[]).map(inline).join(', ')}]`;
  const object = value as WithSpread;
  const members = [...(object[SPREAD] ? [`...${object[SPREAD]}`] : []), ...Object.entries(object).map(([k, v]) => member(k, v, inline(v)))];
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** The value at `indent` columns, after `prefix` characters already on its first line. */
export function print(value: Printable, indent = 0, prefix = 0): string {
  const flat = inline(value);
  if (indent + prefix + flat.length <= PRINT_WIDTH || typeof value !== 'object' || value === null || isCode(value)) return flat;
  const pad = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const items = value as readonly Printable[];
    if (items.length === 0) return '[]';
    return `[\n${items.map((item) => `${pad}${print(item, indent + 2)},`).join('\n')}\n${close}]`;
  }
  const object = value as WithSpread;
  const lines = [
    ...(object[SPREAD] ? [`${pad}...${object[SPREAD]},`] : []),
    ...Object.entries(object).map(([k, v]) => {
      const head = `${key(k)}: `;
      return `${pad}${member(k, v, print(v, indent + 2, head.length))},`;
    }),
  ];
  return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${close}}`;
}
