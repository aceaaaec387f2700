import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadDocument, isLoadedDocument } from '../core/load-document.js';
import { checkDataDocument, DEFAULT_PROCESSES, DEFAULT_REPORT_TYPES, loadDataFile, type DataFileResult } from './data-file.js';

function check(file: string, text: string): DataFileResult {
  const document = loadDocument(file, text);
  if (!isLoadedDocument(document)) throw new Error(document.message);
  return checkDataDocument(document);
}

function errorsOf(file: string, text: string): string[] {
  const result = check(file, text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const minimal = `instances:
  - id: demo
    entities:
      - name: Customer
        key: CustomerId
        attributes:
          - { name: CustomerId }
          - { name: Points, type: integer }
        rows:
          - { CustomerId: c1, Points: 10 }
`;

describe('data files for serve --data', () => {
  it('loads the documented example', () => {
    const result = loadDataFile('scripts/serve/examples/loyalty.yaml');
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const [instance] = result.data.instances;
    expect(instance!.id).toBe('11111111-0000-4000-8000-000000000001');
    expect(instance!.entities.map((e) => e.name)).toEqual(['Customer', 'UnifiedActivity', 'LoyaltyProgram_Member']);
    expect(instance!.entities[2]).toMatchObject({ itemAccess: 'none', dataSource: 'LoyaltyProgram' });
    expect(instance!.segments.map((s) => s.entity)).toEqual(['Customer', 'Customer', 'Customer']);
  });

  it('fills in the documented defaults', () => {
    const result = check('minimal.yaml', minimal.replace('    entities:', '    dataSources:\n      - name: Crm\n    entities:\n      - name: Segments\n        key: CustomerId\n        attributes: [{ name: CustomerId }]'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const instance = result.data.instances[0]!;
    expect(instance.displayName).toBe('demo');
    expect(Date.parse(instance.refreshTime)).not.toBeNaN();
    expect(instance.processes).toEqual(DEFAULT_PROCESSES);
    expect(instance.reportTypes).toEqual(DEFAULT_REPORT_TYPES);
    const segments = instance.entities.find((e) => e.name === 'Segments')!;
    expect(segments).toMatchObject({ displayName: 'Segments', entityType: 'segmentMembership', itemAccess: 'read-only' });
    const customer = instance.entities.find((e) => e.name === 'Customer')!;
    expect(customer).toMatchObject({ entityType: 'profile', itemAccess: 'read-write', rows: [{ CustomerId: 'c1', Points: 10 }] });
    expect(customer.attributes[0]).toEqual({ name: 'CustomerId', displayName: 'CustomerId', type: 'string' });
    // The generated data source id is GUID-shaped and the same on every load.
    const id = instance.dataSources[0]!.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-9[0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = check('minimal.yaml', minimal.replace('    entities:', '    dataSources:\n      - name: Crm\n    entities:'));
    expect(again.ok && again.data.instances[0]!.dataSources[0]!.id).toBe(id);
  });

  it('reads JSON as well, and lookups written as plain names', () => {
    const json = JSON.stringify({
      instances: [{ id: 'j', entities: [], processes: ['Ingestion', { name: 'Match', displayName: 'Matching' }], reportTypes: [] }],
    });
    const result = check('data.json', json);
    expect(result.ok && result.data.instances[0]!.processes).toEqual([
      { Name: 'Ingestion', DisplayName: 'Ingestion' },
      { Name: 'Match', DisplayName: 'Matching' },
    ]);
  });

  it('reports mistakes with file, line, column and JSON pointer, all at once, in document order', () => {
    const errors = errorsOf(
      'broken.yaml',
      `instances:
  - id: demo
    colour: blue
    entities:
      - name: Customer
        key: Id
        attributes:
          - { name: CustomerId }
          - { name: Points, type: integr }
      - name: Orders
        key: OrderId
        attributes:
          - { name: OrderId }
          - { name: Total, type: number }
          - { name: PlacedOn, type: date }
        rows:
          - { OrderId: o1, Total: "12", PlacedOn: 2024-13-45 }
          - { OrderId: o2, total: 3 }
          - { Total: 4 }
          - { OrderId: o2 }
    segments:
      - { name: Big, entity: Orders, filter: "Total gt" }
      - { name: Empty }
      - { name: Lost, entity: Nowhere, count: 3 }
    measures:
      - { name: Revenue, value: lots }
    dataSources:
      - { name: Shop, entities: [Ghost] }
`,
    );
    expect(errors).toEqual([
      "broken.yaml:3:5: /instances/0/colour: unknown property 'colour' of an instance; allowed: id, displayName, refreshTime, entities, segments, measures, dataSources, processes, reportTypes",
      "broken.yaml:6:9: /instances/0/entities/0/key: key 'Id' is not an attribute of entity 'Customer' (attributes: CustomerId)",
      "broken.yaml:9:29: /instances/0/entities/0/attributes/1/type: 'type' must be one of string, integer, number, boolean, date, date-time (got 'integr')",
      "broken.yaml:17:28: /instances/0/entities/1/rows/0/Total: 'Total' must be a number (got '12')",
      "broken.yaml:17:41: /instances/0/entities/1/rows/0/PlacedOn: 'PlacedOn' must be a date like 2024-05-01 (got '2024-13-45')",
      "broken.yaml:18:28: /instances/0/entities/1/rows/1/total: 'total' is not an attribute of entity 'Orders' (did you mean 'Total'?)",
      "broken.yaml:19:13: /instances/0/entities/1/rows/2: row has no 'OrderId' (the key of entity 'Orders')",
      // Segment 'Big' is not checked further: its entity already has errors of its own.
      "broken.yaml:23:9: /instances/0/segments/1: segment 'Empty' needs a 'filter' (members are computed from the rows) or a 'count' (a fixed member count), or both",
      "broken.yaml:24:23: /instances/0/segments/2/entity: entity 'Nowhere' is not defined in this instance (entities: Customer, Orders)",
      "broken.yaml:26:26: /instances/0/measures/0/value: 'value' must be a number (got 'lots')",
      "broken.yaml:28:34: /instances/0/dataSources/0/entities/0: data source 'Shop' names entity 'Ghost', which this instance does not define",
    ]);
  });

  it('checks segment filters against the attributes of their entity', () => {
    const errors = errorsOf('filters.yaml', minimal + `    segments:
      - { name: Broken, filter: "Points gt" }
      - { name: Unknown, filter: "Tier eq 'Gold'" }
      - { name: Fine, filter: "Points gt 5" }
`);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^filters\.yaml:12:25: \/instances\/0\/segments\/0\/filter: invalid filter over entity 'Customer': .+/);
    expect(errors[1]).toMatch(/^filters\.yaml:13:26: \/instances\/0\/segments\/1\/filter: invalid filter over entity 'Customer': .*Tier/);
  });

  it('reports duplicate names and keys at the second use', () => {
    const errors = errorsOf(
      'dupes.yaml',
      minimal.replace('          - { CustomerId: c1, Points: 10 }', '          - { CustomerId: c1, Points: 10 }\n          - { CustomerId: c1 }') +
        '  - id: demo\n    entities: []\n',
    );
    expect(errors).toEqual([
      'dupes.yaml:11:15: /instances/0/entities/0/rows/1/CustomerId: key \'c1\' is used twice (first at /instances/0/entities/0/rows/0)',
      "dupes.yaml:12:5: /instances/1/id: instance id 'demo' is defined twice (first at /instances/0)",
    ]);
  });

  it('reports a missing or empty instance list, and a document that is no object', () => {
    expect(errorsOf('a.yaml', 'instances: []\n')).toEqual(["a.yaml:1:1: /instances: 'instances' must list at least one instance"]);
    expect(errorsOf('b.yaml', 'other: 1\n')).toEqual([
      "b.yaml:1:1: /other: unknown property 'other' of the data file; allowed: $schema, instances",
      "b.yaml:1:1: /instances: 'instances' is required (a list)",
    ]);
    expect(errorsOf('c.json', '[1, 2]')).toEqual(['c.json:1:1: (document): the data file must be an object (got a list)']);
  });

  it('reports unreadable and unparsable files with their position', () => {
    const missing = loadDataFile('scripts/serve/examples/no-such-file.yaml');
    expect(missing).toMatchObject({ ok: false, errors: ['Cannot read scripts/serve/examples/no-such-file.yaml: no such file.'] });
    expect(() => check('bad.json', '{"instances": [ {"id": 3, }]}')).toThrow(/Expected a property name/);
  });

  describe('the JSON Schema for editors (data-file.schema.json)', () => {
    const schema = JSON.parse(readFileSync(new URL('./data-file.schema.json', import.meta.url), 'utf8'));
    // strictRequired would refuse the segment's anyOf of required filter/count, which is valid JSON Schema.
    const validate = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(schema);

    it('is the list of properties the checker accepts: an unknown one is named with the schema\'s own list', () => {
      const errors = check('x.json', JSON.stringify({ instances: [{ id: 'x', entities: [], colour: 'blue' }] }));
      expect(errors.ok).toBe(false);
      if (!errors.ok) {
        const message = `unknown property 'colour' of an instance; allowed: ${Object.keys(schema.definitions.instance.properties).join(', ')}`;
        // Findings are data (code, pointer, position); the printed line is rendered from them.
        expect(errors.diagnostics).toEqual([{ code: 'data-file', severity: 'error', message, pointer: '/instances/0/colour', line: 1, column: 39 }]);
        expect(errors.errors).toEqual([`x.json:1:39: /instances/0/colour: ${message}`]);
      }
    });

    it('accepts the example and rejects what the checker rejects at the shape level', () => {
      const example = load(readFileSync('scripts/serve/examples/loyalty.yaml', 'utf8'));
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      for (const broken of [
        { instances: [] },
        { instances: [{ id: 'x', entities: [], colour: 'blue' }] },
        { instances: [{ id: 'x', entities: [{ name: 'Customer', key: 'CustomerId', attributes: [{ name: 'CustomerId', type: 'integr' }] }] }] },
        { instances: [{ id: 'x', entities: [], segments: [{ name: 'Empty' }] }] },
      ]) {
        expect(validate(broken), JSON.stringify(broken)).toBe(false);
        expect(check('broken.json', JSON.stringify(broken)).ok).toBe(false);
      }
    });
  });
});

describe('lookups in a data file', () => {
  it('are a name or an object with name and displayName; anything else is named once, at the entry', () => {
    const errors = errorsOf(
      'l.json',
      JSON.stringify({ instances: [{ id: 'x', entities: [], processes: ['bad name', { name: 'X', colour: 1 }, { displayName: 'Y' }, 'Ingestion', 'ingestion'], reportTypes: 3 }] }),
    );
    expect(errors.map((e) => e.replace(/^l\.json:\d+:\d+: /, ''))).toEqual([
      "/instances/0/processes/0: a process (a name, or an object with name and displayName) must be an object (got 'bad name')",
      "/instances/0/processes/1/colour: unknown property 'colour' of a process (a name, or an object with name and displayName); allowed: name, displayName",
      "/instances/0/processes/2/name: 'name' is required",
      "/instances/0/processes/4/name: process 'ingestion' is defined twice (first at /instances/0/processes/3)",
      "/instances/0/reportTypes: 'reportTypes' must be a list (got 3)",
    ]);
  });
});
