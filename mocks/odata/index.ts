/** OData query options for the mock backend: `$filter` parsing and binding, `$select`, `$top`, `$skip`. */
export type { Expression, Operand, Literal, FieldRef, LiteralValue } from './ast.js';
export { referencedFields } from './ast.js';
export { ODataSyntaxError } from './lexer.js';
export { parseFilter } from './parser.js';
export { compileFilter, indexLookups, FilterFieldError } from './compile.js';
export type { FieldType, FilterTarget, IndexLookup, Predicate, Row } from './compile.js';
export { parseCount, parseSelect } from './query.js';
