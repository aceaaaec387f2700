import { describe, expect, it } from 'vitest';
import { parseFilter } from './parser.js';
import { ODataSyntaxError } from './lexer.js';
import type { Expression } from './ast.js';

/** Renders a tree compactly so cases read like the precedence they assert. */
function show(node: Expression): string {
  switch (node.kind) {
    case 'literal':
      return node.type === 'string' ? `'${String(node.value)}'` : String(node.value);
    case 'field':
      return node.name;
    case 'compare':
      return `(${show(node.left)} ${node.operator} ${show(node.right)})`;
    case 'in':
      return `(${show(node.operand)} in [${node.values.map(show).join(',')}])`;
    case 'and':
    case 'or':
      return `(${show(node.left)} ${node.kind} ${show(node.right)})`;
    case 'not':
      return `not ${show(node.operand)}`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(',')})`;
  }
}

const valid: [string, string][] = [
  ["CustomerId eq 'abc'", "(CustomerId eq 'abc')"],
  ['Points gt 10 and Points le 20', '((Points gt 10) and (Points le 20))'],
  ["A eq 1 or B eq 2 and C eq 3", '((A eq 1) or ((B eq 2) and (C eq 3)))'],
  ['(A eq 1 or B eq 2) and C eq 3', '(((A eq 1) or (B eq 2)) and (C eq 3))'],
  ["stringColumn eq 'string' OR numberColumn lt 123", "((stringColumn eq 'string') or (numberColumn lt 123))"],
  ["not contains(Name, 'x')", "not contains(Name,'x')"],
  ["not A eq 1 and B ne null", '(not (A eq 1) and (B ne null))'],
  ["CustomerId in ('a', 'b','c')", "(CustomerId in ['a','b','c'])"],
  ["startswith(tolower(Email), 'ann') eq true", "(startswith(tolower(Email),'ann') eq true)"],
  ["Name eq 'O''Brien'", "(Name eq 'O'Brien')"],
  ['When ge 2024-05-01T10:00:00Z', '(When ge 2024-05-01T10:00:00Z)'],
  ['Birthday lt 1990-01-01', '(Birthday lt 1990-01-01)'],
  ['Amount eq -12.5e2', '(Amount eq -1250)'],
  ["endswith(Email,'@example.com')", "endswith(Email,'@example.com')"],
  [`${'('.repeat(64)}A eq 1${')'.repeat(64)}`, '(A eq 1)'],
];

const invalid: [string, RegExp][] = [
  ['', /empty/],
  ["Name eq 'abc", /Unterminated string literal starting at character 9/],
  ['Name eq', /Expected a field, a literal or a function at character 8 but found the end/],
  ['Name equals 3', /Unknown operator 'equals' at character 6/],
  ['(A eq 1', /Expected '\)' to close the parenthesis opened at character 1/],
  ['A eq 1 B eq 2', /Unexpected 'B' at character 8: expected 'and', 'or'/],
  ["substringof('a', Name)", /Unknown function 'substringof'.*contains, startswith, endswith/],
  ["contains(Name)", /contains takes 2 argument\(s\) but got 1/],
  ['A in 1', /Expected '\(' to open the list after 'in'/],
  ['A in (B)', /Expected a literal at character 7 but found 'B'/],
  ['A eq 1 and', /found the end of the expression/],
  ['A # 1', /Unexpected character '#' at character 3/],
  ['(A eq 1) eq true', /cannot be used as a value/],
  [`${'('.repeat(65)}A eq 1${')'.repeat(65)}`, /nested more than 64 levels deep at character 65/],
  [`${'not '.repeat(65)}A eq 1`, /nested more than 64 levels deep/],
  [`${'tolower('.repeat(65)}A${')'.repeat(65)} eq 'a'`, /nested more than 64 levels deep/],
];

describe('parseFilter', () => {
  it.each(valid)('parses %s', (source, expected) => {
    expect(show(parseFilter(source))).toBe(expected);
  });

  it.each(invalid)('rejects %j with a message that says where', (source, message) => {
    expect(() => parseFilter(source)).toThrow(ODataSyntaxError);
    expect(() => parseFilter(source)).toThrow(message);
  });
});
