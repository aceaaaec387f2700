/**
 * A recursive-descent parser for the `$filter` subset the connector documents:
 *
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | compare
 *   compare := operand (('eq'|'ne'|'gt'|'ge'|'lt'|'le') operand | 'in' '(' literal (',' literal)* ')')?
 *   operand := '(' or ')' | function '(' operand (',' operand)* ')' | literal | field
 *
 * Operators and keywords are matched case-insensitively because the connector's own example
 * ("stringColumn eq 'string' OR numberColumn lt 123") writes OR in capitals; field names stay
 * case-sensitive, as in OData.
 */
import type { ComparisonOperator, Expression, FunctionName, Literal, Operand } from './ast.js';
import { at, ODataSyntaxError, tokenize, type Token } from './lexer.js';

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTION_ARITY: Record<FunctionName, number> = {
  contains: 2,
  startswith: 2,
  endswith: 2,
  tolower: 1,
  toupper: 1,
};
/** Deeper nesting is refused: it is never meant, and recursion depth must stay bounded. */
export const MAX_NESTING = 64;
const RESERVED = new Set(['and', 'or', 'not', 'in', 'eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end of the expression';
  if (token.kind === 'string') return `'${token.text}'`;
  return `'${token.text}'`;
}

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.kind === 'identifier' && token.text.toLowerCase() === word;
  }

  private expect(kind: Token['kind'], what: string): Token {
    const token = this.peek();
    if (token.kind !== kind) {
      throw new ODataSyntaxError(`Expected ${what} ${at(token.position)} but found ${describe(token)}`, token.position);
    }
    return this.next();
  }

  parse(): Expression {
    if (this.peek().kind === 'end') throw new ODataSyntaxError('The $filter expression is empty', 0);
    const expression = this.parseOr();
    const trailing = this.peek();
    if (trailing.kind !== 'end') {
      throw new ODataSyntaxError(
        `Unexpected ${describe(trailing)} ${at(trailing.position)}: expected 'and', 'or' or the end of the expression`,
        trailing.position,
      );
    }
    return expression;
  }

  private parseOr(): Expression {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      const position = this.next().position;
      left = { kind: 'or', left, right: this.parseAnd(), position };
    }
    return left;
  }

  private parseAnd(): Expression {
    let left = this.parseUnary();
    while (this.isKeyword('and')) {
      const position = this.next().position;
      left = { kind: 'and', left, right: this.parseUnary(), position };
    }
    return left;
  }

  private enter(position: number): void {
    if (++this.depth > MAX_NESTING) {
      throw new ODataSyntaxError(`The expression is nested more than ${MAX_NESTING} levels deep ${at(position)}`, position);
    }
  }

  private parseUnary(): Expression {
    if (this.isKeyword('not')) {
      const position = this.next().position;
      this.enter(position);
      const operand = this.parseUnary();
      this.depth--;
      return { kind: 'not', operand, position };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expression {
    const left = this.parseOperand();
    const token = this.peek();
    if (token.kind === 'identifier') {
      const word = token.text.toLowerCase();
      if (COMPARISONS.has(word)) {
        this.next();
        const right = this.parseOperand();
        return { kind: 'compare', operator: word as ComparisonOperator, left: asOperand(left), right: asOperand(right), position: token.position };
      }
      if (word === 'in') {
        this.next();
        this.expect('(', "'(' to open the list after 'in'");
        const values: Literal[] = [this.parseLiteral()];
        while (this.peek().kind === ',') {
          this.next();
          values.push(this.parseLiteral());
        }
        this.expect(')', "',' or ')' in the list after 'in'");
        return { kind: 'in', operand: asOperand(left), values, position: token.position };
      }
      if (!RESERVED.has(word)) {
        throw new ODataSyntaxError(
          `Unknown operator '${token.text}' ${at(token.position)}: expected eq, ne, gt, ge, lt, le, in, and, or`,
          token.position,
        );
      }
    }
    return left;
  }

  /** Operands may be parenthesised boolean expressions: `(A eq 1 or B eq 2) and C eq 3`. */
  private parseOperand(): Expression {
    const token = this.peek();
    switch (token.kind) {
      case '(': {
        this.next();
        this.enter(token.position);
        const inner = this.parseOr();
        this.depth--;
        this.expect(')', "')' to close the parenthesis opened " + at(token.position));
        return inner;
      }
      case 'string':
      case 'number':
      case 'datetime':
        return this.parseLiteral();
      case 'identifier': {
        const word = token.text.toLowerCase();
        if (word === 'true' || word === 'false' || word === 'null') return this.parseLiteral();
        if (RESERVED.has(word)) {
          throw new ODataSyntaxError(`Expected a field, a literal or a function ${at(token.position)} but found '${token.text}'`, token.position);
        }
        this.next();
        if (this.peek().kind === '(') return this.parseCall(token);
        return { kind: 'field', name: token.text, position: token.position };
      }
      default:
        throw new ODataSyntaxError(`Expected a field, a literal or a function ${at(token.position)} but found ${describe(token)}`, token.position);
    }
  }

  private parseCall(nameToken: Token): Operand {
    const name = nameToken.text.toLowerCase();
    if (!(name in FUNCTION_ARITY)) {
      throw new ODataSyntaxError(
        `Unknown function '${nameToken.text}' ${at(nameToken.position)}: supported functions are ${Object.keys(FUNCTION_ARITY).join(', ')}`,
        nameToken.position,
      );
    }
    const fn = name as FunctionName;
    this.expect('(', "'('");
    this.enter(nameToken.position);
    const args: Operand[] = [asOperand(this.parseOperand())];
    while (this.peek().kind === ',') {
      this.next();
      args.push(asOperand(this.parseOperand()));
    }
    this.expect(')', `',' or ')' in the arguments of ${fn}`);
    this.depth--;
    if (args.length !== FUNCTION_ARITY[fn]) {
      throw new ODataSyntaxError(
        `${fn} takes ${FUNCTION_ARITY[fn]} argument(s) but got ${args.length} ${at(nameToken.position)}`,
        nameToken.position,
      );
    }
    return { kind: 'call', name: fn, args, position: nameToken.position };
  }

  private parseLiteral(): Literal {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'literal', type: 'string', value: token.text, position: token.position };
      case 'number':
        return { kind: 'literal', type: 'number', value: Number(token.text), position: token.position };
      case 'datetime':
        if (Number.isNaN(Date.parse(token.text))) {
          throw new ODataSyntaxError(`Invalid date/time literal '${token.text}' ${at(token.position)}`, token.position);
        }
        return { kind: 'literal', type: 'datetime', value: token.text, position: token.position };
      case 'identifier': {
        const word = token.text.toLowerCase();
        if (word === 'true' || word === 'false') {
          return { kind: 'literal', type: 'boolean', value: word === 'true', position: token.position };
        }
        if (word === 'null') return { kind: 'literal', type: 'null', value: null, position: token.position };
        break;
      }
      default:
        break;
    }
    throw new ODataSyntaxError(`Expected a literal ${at(token.position)} but found ${describe(token)}`, token.position);
  }
}

/** Comparisons take values, not predicates: `(A eq 1) eq true` is rejected with a clear message. */
function asOperand(node: Expression): Operand {
  if (node.kind === 'literal' || node.kind === 'field' || node.kind === 'call') return node;
  throw new ODataSyntaxError(`A '${node.kind}' expression cannot be used as a value ${at(node.position)}`, node.position);
}

/** Parses a `$filter` expression or throws an {@link ODataSyntaxError} that says where and why. */
export function parseFilter(source: string): Expression {
  return new Parser(tokenize(source)).parse();
}
