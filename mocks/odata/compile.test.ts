import { describe, expect, it } from 'vitest';
import { compileFilter, indexLookups, FilterFieldError, type FieldType, type FilterTarget } from './compile.js';
import { parseFilter } from './parser.js';
import { parseCount, parseSelect } from './query.js';

const fields = new Map<string, FieldType>([
  ['CustomerId', 'string'],
  ['FirstName', 'string'],
  ['Points', 'integer'],
  ['Optin', 'boolean'],
  ['JoinedOn', 'date-time'],
  ['Birthday', 'date'],
]);
const everything: FilterTarget = { entity: 'Member', fields };
const rows = [
  { CustomerId: 'c1', FirstName: 'Ana', Points: 10, Optin: true, JoinedOn: '2024-01-05T10:00:00Z', Birthday: '1990-03-01' },
  { CustomerId: 'c2', FirstName: 'Ben', Points: 250, Optin: false, JoinedOn: '2024-06-01T00:00:00Z', Birthday: '1985-12-24' },
  { CustomerId: 'c3', FirstName: null, Points: 0, Optin: true, JoinedOn: '2023-11-11T11:11:11Z', Birthday: null },
];

function ids(filter: string, target: FilterTarget = everything): string[] {
  const predicate = compileFilter(parseFilter(filter), target);
  return rows.filter(predicate).map((r) => r.CustomerId);
}

describe('compileFilter', () => {
  it.each([
    ["CustomerId eq 'c2'", ['c2']],
    ["CustomerId ne 'c2'", ['c1', 'c3']],
    ['Points gt 10', ['c2']],
    ['Points ge 10', ['c1', 'c2']],
    ['Points lt 10', ['c3']],
    ['Points le 10', ['c1', 'c3']],
    ['Optin eq true and Points gt 5', ['c1']],
    ['not (Optin eq true)', ['c2']],
    ["CustomerId in ('c1','c3')", ['c1', 'c3']],
    ["contains(FirstName,'n')", ['c1', 'c2']],
    ["startswith(FirstName,'B') or endswith(FirstName,'a')", ['c1', 'c2']],
    ["tolower(FirstName) eq 'ana'", ['c1']],
    ['FirstName eq null', ['c3']],
    ['FirstName ne null', ['c1', 'c2']],
    ['JoinedOn ge 2024-01-01T00:00:00Z', ['c1', 'c2']],
    ["JoinedOn lt '2024-01-01'", ['c3']],
    ['Birthday lt 1989-01-01', ['c2']],
    ['Birthday gt 1970-01-01 and Points ge 0', ['c1', 'c2']],
    ['Optin', ['c1', 'c3']],
  ])('%s', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it.each([
    ["Points eq 'ten'", /Cannot compare field 'Points' \(number\) with 'ten' \(string\)/],
    ["contains(Points,'1')", /contains expects text arguments, but field 'Points'/],
    ['Points', /is not a condition/],
    ["Nope eq 'x'", /Unknown field 'Nope' at character 1 on entity 'Member'/],
    ["customerid eq 'x'", /did you mean 'CustomerId'/],
    ["JoinedOn gt 'soon'", /'soon' at character 13 is not a date\/time/],
    ['Optin gt true', /cannot order boolean values/],
  ])('rejects %s', (filter, message) => {
    expect(() => compileFilter(parseFilter(filter), everything)).toThrow(message);
  });

  it('rejects fields outside the filterable list and names the allowed ones', () => {
    const target: FilterTarget = { entity: 'UnifiedActivity', fields, filterable: ['CustomerId', 'FirstName'] };
    expect(() => compileFilter(parseFilter("CustomerId eq 'a' and Points gt 1"), target)).toThrow(FilterFieldError);
    expect(() => compileFilter(parseFilter('Points gt 1'), target)).toThrow(
      "Field 'Points' cannot be used in $filter on entity 'UnifiedActivity'. Filterable fields: CustomerId, FirstName.",
    );
  });
});

describe('indexLookups', () => {
  it.each([
    ["CustomerId eq 'a'", [{ field: 'CustomerId', values: ['a'] }]],
    ["'a' eq CustomerId", [{ field: 'CustomerId', values: ['a'] }]],
    ["CustomerId in ('a','b')", [{ field: 'CustomerId', values: ['a', 'b'] }]],
    ["Points gt 3 and CustomerId eq 'a'", [{ field: 'CustomerId', values: ['a'] }]],
    ["CustomerId eq 'a' or FirstName eq 'b'", [{ field: 'CustomerId', values: ['a'] }, { field: 'FirstName', values: ['b'] }]],
    ["CustomerId eq 'a' or Points gt 3", undefined],
    ["not (CustomerId eq 'a')", undefined],
    ["CustomerId ne 'a'", undefined],
    ['JoinedOn eq 2024-01-01', undefined],
    ['CustomerId eq null', undefined],
    ["CustomerId in ('a', null)", undefined],
  ])('%s', (filter, expected) => {
    expect(indexLookups(parseFilter(filter))).toEqual(expected);
  });
});

describe('$select, $top, $skip', () => {
  it('parses counts and rejects anything but non-negative integers', () => {
    expect(parseCount('$top', '25')).toBe(25);
    expect(parseCount('$skip', null)).toBeUndefined();
    expect(parseCount('$skip', '')).toBeUndefined();
    expect(() => parseCount('$top', '-1')).toThrow("$top must be a non-negative integer, got '-1'");
    expect(() => parseCount('$skip', '1.5')).toThrow('$skip must be a non-negative integer');
    expect(() => parseCount('$top', 'ten')).toThrow('$top must be a non-negative integer');
    expect(() => parseCount('$top', '99999999999999999999')).toThrow('too large');
  });

  it('parses select lists against the entity', () => {
    expect(parseSelect('FirstName, CustomerId,FirstName', 'Member', fields.keys())).toEqual(['FirstName', 'CustomerId']);
    expect(parseSelect('*', 'Member', fields.keys())).toBeUndefined();
    expect(parseSelect(null, 'Member', fields.keys())).toBeUndefined();
    expect(() => parseSelect('FirstName,firstname', 'Member', fields.keys())).toThrow(
      "$select names unknown field 'firstname' on entity 'Member' (did you mean 'FirstName'?)",
    );
    expect(() => parseSelect('FirstName,,Points', 'Member', fields.keys())).toThrow('empty field name');
  });
});
