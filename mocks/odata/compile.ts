/**
 * Binds a parsed `$filter` to an entity: checks that every field exists and may be filtered on,
 * that literals have the field's type, and turns the tree into a predicate over plain rows.
 */
import type { Expression, FieldRef, Literal, LiteralValue, Operand } from './ast.js';
import { referencedFields } from './ast.js';
import { at, ODataSyntaxError } from './lexer.js';

/** The value types an entity attribute can have (the JSON schema type, with dates split out). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date-time' | 'date';

export interface FilterTarget {
  /** Entity name, for messages. */
  entity: string;
  fields: ReadonlyMap<string, FieldType>;
  /** Fields allowed in `$filter`; `undefined` allows every field (used for segment definitions). */
  filterable?: readonly string[];
}

export type Row = Readonly<Record<string, unknown>>;
export type Predicate = (row: Row) => boolean;
type Getter = (row: Row) => unknown;

/** A field that is not allowed in `$filter` for this entity; the message names the allowed ones. */
export class FilterFieldError extends ODataSyntaxError {
  override name = 'FilterFieldError';
}

type ValueKind = 'string' | 'number' | 'boolean' | 'datetime' | 'null';

function kindOfField(type: FieldType): ValueKind {
  switch (type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'date':
    case 'date-time':
      return 'datetime';
    default:
      return type;
  }
}

function checkFields(expression: Expression, target: FilterTarget): void {
  for (const ref of referencedFields(expression)) {
    if (!target.fields.has(ref.name)) {
      const hint = [...target.fields.keys()].find((name) => name.toLowerCase() === ref.name.toLowerCase());
      throw new ODataSyntaxError(
        `Unknown field '${ref.name}' ${at(ref.position)} on entity '${target.entity}'` + (hint ? ` (did you mean '${hint}'?)` : ''),
        ref.position,
      );
    }
    if (target.filterable && !target.filterable.includes(ref.name)) {
      const allowed = target.filterable.length > 0 ? `Filterable fields: ${target.filterable.join(', ')}` : 'This entity has no filterable fields';
      throw new FilterFieldError(`Field '${ref.name}' cannot be used in $filter on entity '${target.entity}'. ${allowed}.`, ref.position);
    }
  }
}

function toEpoch(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

class Compiler {
  constructor(private readonly target: FilterTarget) {}

  kindOf(operand: Operand): ValueKind {
    switch (operand.kind) {
      case 'literal':
        return operand.type;
      case 'field':
        return kindOfField(this.target.fields.get(operand.name)!);
      case 'call':
        return operand.name === 'tolower' || operand.name === 'toupper' ? 'string' : 'boolean';
    }
  }

  value(operand: Operand): Getter {
    switch (operand.kind) {
      case 'literal': {
        const value = operand.value;
        return () => value;
      }
      case 'field': {
        const name = operand.name;
        return (row) => row[name];
      }
      case 'call':
        return this.call(operand);
    }
  }

  private stringArg(operand: Operand, fn: string): Getter {
    const kind = this.kindOf(operand);
    if (kind !== 'string') {
      throw new ODataSyntaxError(`${fn} expects text arguments, but ${describeOperand(operand)} ${at(operand.position)} is ${kind}`, operand.position);
    }
    return this.value(operand);
  }

  private call(node: Extract<Operand, { kind: 'call' }>): Getter {
    const args = node.args.map((arg) => this.stringArg(arg, node.name));
    const [a, b] = args as [Getter, Getter];
    const text = (row: Row, get: Getter): string | undefined => {
      const v = get(row);
      return typeof v === 'string' ? v : undefined;
    };
    switch (node.name) {
      case 'tolower':
        return (row) => text(row, a)?.toLowerCase() ?? null;
      case 'toupper':
        return (row) => text(row, a)?.toUpperCase() ?? null;
      case 'contains':
        return (row) => {
          const h = text(row, a);
          const n = text(row, b);
          return h !== undefined && n !== undefined && h.includes(n);
        };
      case 'startswith':
        return (row) => {
          const h = text(row, a);
          const n = text(row, b);
          return h !== undefined && n !== undefined && h.startsWith(n);
        };
      case 'endswith':
        return (row) => {
          const h = text(row, a);
          const n = text(row, b);
          return h !== undefined && n !== undefined && h.endsWith(n);
        };
    }
  }

  private compatible(left: Operand, right: Operand, position: number): ValueKind {
    const l = this.kindOf(left);
    const r = this.kindOf(right);
    if (l === 'null') return r;
    if (r === 'null' || l === r) return l;
    // A quoted date ('2024-05-01') is accepted for a date field, as many OData clients send it that way.
    const text = l === 'string' ? left : right;
    if (((l === 'datetime' && r === 'string') || (l === 'string' && r === 'datetime')) && text.kind === 'literal') {
      if (toEpoch(text.value) === undefined) {
        throw new ODataSyntaxError(`'${String(text.value)}' ${at(text.position)} is not a date/time`, text.position);
      }
      return 'datetime';
    }
    throw new ODataSyntaxError(
      `Cannot compare ${describeOperand(left)} (${l}) with ${describeOperand(right)} (${r}) ${at(position)}`,
      position,
    );
  }

  predicate(node: Expression): Predicate {
    switch (node.kind) {
      case 'and': {
        const l = this.predicate(node.left);
        const r = this.predicate(node.right);
        return (row) => l(row) && r(row);
      }
      case 'or': {
        const l = this.predicate(node.left);
        const r = this.predicate(node.right);
        return (row) => l(row) || r(row);
      }
      case 'not': {
        const inner = this.predicate(node.operand);
        return (row) => !inner(row);
      }
      case 'in': {
        const kind = this.kindOf(node.operand);
        for (const literal of node.values) this.compatible(node.operand, literal, literal.position);
        const get = this.value(node.operand);
        if (kind === 'datetime') {
          const wanted = new Set(node.values.map((v) => toEpoch(v.value)));
          return (row) => wanted.has(toEpoch(get(row)));
        }
        const wanted = new Set<unknown>(node.values.map((v) => v.value));
        return (row) => wanted.has(normalize(get(row)));
      }
      case 'compare':
        return this.comparison(node.operator, node.left, node.right, node.position);
      case 'call':
      case 'field':
      case 'literal': {
        if (this.kindOf(node) !== 'boolean') {
          throw new ODataSyntaxError(`${describeOperand(node)} ${at(node.position)} is not a condition; compare it with eq, ne, gt, ge, lt or le`, node.position);
        }
        const get = this.value(node);
        return (row) => get(row) === true;
      }
    }
  }

  private comparison(operator: Extract<Expression, { kind: 'compare' }>['operator'], left: Operand, right: Operand, position: number): Predicate {
    const kind = this.compatible(left, right, position);
    const l = this.value(left);
    const r = this.value(right);
    const read = kind === 'datetime' ? (row: Row, g: Getter) => toEpoch(g(row)) ?? null : (row: Row, g: Getter) => normalize(g(row));
    if (operator === 'eq') return (row) => read(row, l) === read(row, r);
    if (operator === 'ne') return (row) => read(row, l) !== read(row, r);
    if (kind === 'boolean') {
      throw new ODataSyntaxError(`'${operator}' cannot order boolean values ${at(position)}`, position);
    }
    return (row) => {
      const a = read(row, l);
      const b = read(row, r);
      // Ordering with null is false either way, as in OData.
      if (a === null || b === null) return false;
      const x = a as string | number;
      const y = b as string | number;
      switch (operator) {
        case 'gt':
          return x > y;
        case 'ge':
          return x >= y;
        case 'lt':
          return x < y;
        default:
          return x <= y;
      }
    };
  }
}

function normalize(value: unknown): unknown {
  return value === undefined ? null : value;
}

function describeOperand(operand: Operand): string {
  switch (operand.kind) {
    case 'field':
      return `field '${operand.name}'`;
    case 'literal':
      return operand.type === 'string' ? `'${String(operand.value)}'` : String(operand.value);
    case 'call':
      return `${operand.name}(...)`;
  }
}

/** Checks `expression` against `target` and returns a predicate, or throws an {@link ODataSyntaxError}. */
export function compileFilter(expression: Expression, target: FilterTarget): Predicate {
  checkFields(expression, target);
  return new Compiler(target).predicate(expression);
}

/** One way to find candidate rows through a hash index: `field eq v` or `field in (v, ...)`. */
export interface IndexLookup {
  field: string;
  values: LiteralValue[];
}

/**
 * Finds index lookups that cover every row the expression can match, so a store answers
 * `CustomerId eq '…'` from a hash index instead of a scan. `and` needs one side covered;
 * `or` needs both. `undefined` means a scan is needed. The full predicate still runs on the
 * candidates, so a lookup only has to be a superset.
 */
export function indexLookups(expression: Expression): IndexLookup[] | undefined {
  switch (expression.kind) {
    case 'compare': {
      if (expression.operator !== 'eq') return undefined;
      const pair = fieldAndLiteral(expression.left, expression.right) ?? fieldAndLiteral(expression.right, expression.left);
      // Dates compare by instant, not text, and `eq null` matches rows without the field: neither is in a hash index.
      return pair && pair[1].type !== 'datetime' && pair[1].type !== 'null' ? [{ field: pair[0].name, values: [pair[1].value] }] : undefined;
    }
    case 'in':
      return expression.operand.kind === 'field' && expression.values.every((v) => v.type !== 'datetime' && v.type !== 'null')
        ? [{ field: expression.operand.name, values: expression.values.map((v) => v.value) }]
        : undefined;
    case 'and':
      return indexLookups(expression.left) ?? indexLookups(expression.right);
    case 'or': {
      const l = indexLookups(expression.left);
      const r = l && indexLookups(expression.right);
      return l && r ? [...l, ...r] : undefined;
    }
    default:
      return undefined;
  }
}

function fieldAndLiteral(a: Operand, b: Operand): [FieldRef, Literal] | undefined {
  return a.kind === 'field' && b.kind === 'literal' ? [a, b] : undefined;
}
