/** The other OData system query options of "Get items": `$select`, `$top`, `$skip`. */
import { ODataSyntaxError } from './lexer.js';

/** Parses `$top`/`$skip`: a non-negative integer, or `undefined` when the option is absent or empty. */
export function parseCount(name: '$top' | '$skip', raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (!/^\d+$/.test(text)) {
    throw new ODataSyntaxError(`${name} must be a non-negative integer, got '${raw}'`);
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new ODataSyntaxError(`${name} is too large: '${raw}'`);
  return value;
}

/**
 * Parses `$select` ("FirstName, LastName"): field names checked against the entity, duplicates
 * dropped, `*` meaning all. Returns `undefined` for all fields.
 */
export function parseSelect(raw: string | null, entity: string, fields: Iterable<string>): string[] | undefined {
  if (raw === null || raw.trim() === '' || raw.trim() === '*') return undefined;
  const known = new Set(fields);
  const selected: string[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim();
    if (name === '') throw new ODataSyntaxError(`$select has an empty field name: '${raw}'`);
    if (!known.has(name)) {
      const hint = [...known].find((f) => f.toLowerCase() === name.toLowerCase());
      throw new ODataSyntaxError(
        `$select names unknown field '${name}' on entity '${entity}'` + (hint ? ` (did you mean '${hint}'?)` : ''),
      );
    }
    if (!selected.includes(name)) selected.push(name);
  }
  return selected;
}
