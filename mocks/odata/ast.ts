/** The syntax tree of an OData `$filter` expression (the subset the mock backend understands). */

export type LiteralValue = string | number | boolean | null;

export interface Literal {
  kind: 'literal';
  /** `datetime` literals keep their text; comparisons convert both sides to epoch milliseconds. */
  type: 'string' | 'number' | 'boolean' | 'null' | 'datetime';
  value: LiteralValue;
  position: number;
}

export interface FieldRef {
  kind: 'field';
  name: string;
  position: number;
}

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export interface Comparison {
  kind: 'compare';
  operator: ComparisonOperator;
  left: Operand;
  right: Operand;
  position: number;
}

export interface InList {
  kind: 'in';
  operand: Operand;
  values: Literal[];
  position: number;
}

export interface Logical {
  kind: 'and' | 'or';
  left: Expression;
  right: Expression;
  position: number;
}

export interface Not {
  kind: 'not';
  operand: Expression;
  position: number;
}

export type FunctionName = 'contains' | 'startswith' | 'endswith' | 'tolower' | 'toupper';

export interface Call {
  kind: 'call';
  name: FunctionName;
  args: Operand[];
  position: number;
}

/** Anything that yields a value: a literal, a field, or a string function call. */
export type Operand = Literal | FieldRef | Call;

/** Anything that yields a boolean; a bare `contains(...)` call is a predicate too. */
export type Expression = Comparison | InList | Logical | Not | Call | Literal | FieldRef;

/** Every field name an expression mentions, in order of appearance. */
export function referencedFields(node: Expression | Operand): FieldRef[] {
  switch (node.kind) {
    case 'field':
      return [node];
    case 'literal':
      return [];
    case 'compare':
      return [...referencedFields(node.left), ...referencedFields(node.right)];
    case 'in':
      return referencedFields(node.operand);
    case 'and':
    case 'or':
      return [...referencedFields(node.left), ...referencedFields(node.right)];
    case 'not':
      return referencedFields(node.operand);
    case 'call':
      return node.args.flatMap(referencedFields);
  }
}
