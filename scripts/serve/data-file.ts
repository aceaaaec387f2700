/**
 * `serve --data <file>`: instances and entities from a JSON or YAML file, in the format documented
 * in scripts/serve/DATA-FORMAT.md. The format is ours, not the mock store's: it has defaults a
 * person writing YAML by hand wants (display names, the standard process list, generated data
 * source ids) and is checked here completely, so every mistake comes back at once as
 * `file:line:column: /json/pointer: message` instead of surfacing later as a 500: its shape by Ajv
 * against data-file.schema.json (the schema editors use too), then a semantic pass (references,
 * keys, row values against their attributes, filters, duplicates), both as Diagnostics with
 * pointers. Only a document without findings becomes data, so building it needs no checks.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject } from 'ajv';
import {
  compileFilter,
  parseFilter,
  sampleProcesses,
  sampleReportTypes,
  type BackendData,
  type EntityDefinition,
  type FieldType,
  type InstanceDefinition,
  type ItemRow,
  type LookupEntry,
} from '../../mocks/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { isLoadedDocument, loadDocumentFromFile, type LoadedDocument } from '../core/load-document.js';
import { fromPointer, toPointer, type PointerSegments } from '../core/json-pointer.js';
import { setMember } from '../core/json.js';


// A file that lists no processes or report types gets the sample data's: one list, not two.
export const DEFAULT_PROCESSES: readonly LookupEntry[] = sampleProcesses;
export const DEFAULT_REPORT_TYPES: readonly LookupEntry[] = sampleReportTypes;

/** Entity types the well-known entity names get when a file leaves `entityType` out. */
const DEFAULT_ENTITY_TYPES: Record<string, string> = {
  Customer: 'profile',
  UnifiedActivity: 'unifiedActivity',
  Segments: 'segmentMembership',
};

interface SchemaObject {
  properties: Record<string, unknown>;
  definitions?: Record<string, SchemaObject>;
  oneOf?: SchemaObject[];
}

/** The format's JSON Schema (for editors too): the one list of the properties each object may have, and their types. */
const schema = JSON.parse(readFileSync(new URL('./data-file.schema.json', import.meta.url), 'utf8')) as SchemaObject;
const definition = (name: string): SchemaObject => schema.definitions![name]!;

/** Only the first errors are shown: a file that is wrong everywhere needs its first mistakes fixed first. */
const MAX_ERRORS = 50;

/**
 * A loaded file, or its findings: `diagnostics` as data (code, pointer, line, column), and the
 * same as the lines serve prints, `file:line:column: /pointer: message`.
 */
export type DataFileResult =
  | { ok: true; data: BackendData; file: string }
  | { ok: false; file: string; diagnostics: Diagnostic[]; errors: string[] };

/** The line serve prints for a finding of a data file. */
export function formatDataFileDiagnostic(file: string, d: Diagnostic): string {
  const where = d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}: ` : '';
  if (d.code !== 'data-file') return `${where}${d.message}`;
  return `${where || `${file}: `}${d.pointer === '' ? '(document)' : d.pointer}: ${d.message}`;
}

function failed(file: string, diagnostics: Diagnostic[], more = 0): DataFileResult {
  const errors = diagnostics.map((d) => formatDataFileDiagnostic(file, d));
  if (more > 0) errors.push(`${file}: … and ${more} more errors`);
  return { ok: false, file, diagnostics, errors };
}

/** Loads and checks a data file. */
export function loadDataFile(path: string): DataFileResult {
  const loaded = loadDocumentFromFile(path);
  if (!isLoadedDocument(loaded)) {
    // The loader's messages already name the file when there is no position to show.
    const position = loaded.line !== undefined ? { line: loaded.line, column: loaded.column } : {};
    return failed(path, [{ code: 'parse-error', severity: 'error', message: loaded.message, pointer: '', ...position }]);
  }
  return checkDataDocument(loaded);
}

/** Checks an already loaded document (the tests use it with in-memory text). */
export function checkDataDocument(document: LoadedDocument): DataFileResult {
  const findings = new Findings(document);
  shapeFindings(document.value, findings);
  semanticFindings(document.value as Json, findings);
  const errors = findings.sorted();
  if (errors.length > 0) return failed(document.file, errors.slice(0, MAX_ERRORS), Math.max(0, errors.length - MAX_ERRORS));
  return { ok: true, data: backendData(document.value as Json), file: document.file };
}

type Json = Record<string, unknown>;
type Path = PointerSegments;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  return String(value);
}

/** The findings of one document, at most one per pointer, placed at the member or the nearest object that holds it. */
class Findings {
  private readonly byPointer = new Map<string, Diagnostic & { order: number }>();

  constructor(private readonly document: LoadedDocument) {}

  add(path: Path, message: string): void {
    const pointer = toPointer(path);
    if (this.byPointer.has(pointer)) return;
    let position = this.document.locate(pointer);
    for (let up = path.length - 1; !position && up >= 0; up--) position = this.document.locate(toPointer(path.slice(0, up)));
    const diagnostic: Diagnostic = { code: 'data-file', severity: 'error', message, pointer, ...(position ? { line: position.line, column: position.column } : {}) };
    this.byPointer.set(pointer, { ...diagnostic, order: this.byPointer.size });
  }

  /** Whether anything at or under `path` was found wrong (its checks that need a sound value are skipped). */
  under(path: Path): boolean {
    const prefix = toPointer(path);
    for (const pointer of this.byPointer.keys()) if (pointer === prefix || pointer.startsWith(`${prefix}/`)) return true;
    return false;
  }

  get size(): number {
    return this.byPointer.size;
  }

  /** In document order: by line and column, then as found. */
  sorted(): Diagnostic[] {
    return [...this.byPointer.values()]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.order - b.order)
      .map(({ order: _order, ...d }) => d);
  }
}

// ---- the shape: Ajv against data-file.schema.json -------------------------------------------

// verbose: each error carries the schema object it failed, which names what the value is.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true });
const validateShape = ajv.compile(schema);

/** What each object of the format is called in a message, by its definition in the schema. */
const WHAT: Record<string, string> = {
  instance: 'an instance',
  dataSource: 'a data source',
  entity: 'an entity',
  attribute: 'an attribute',
  segment: 'a segment',
  measure: 'a measure',
};

const LOOKUP_LISTS: Record<string, string> = { processes: 'process', reportTypes: 'report type' };
const STRING_LISTS: Record<string, string> = { entities: 'entity names', dimensions: 'dimension names' };

const whatBySchema = new Map<unknown, string>([[schema, 'the data file'], ...Object.entries(WHAT).map(([name, what]) => [definition(name), what] as const)]);

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Json)[String(segment)] : undefined;
  return value;
}

function lookupWhat(path: Path): string | undefined {
  const list = path[path.length - 2];
  return typeof list === 'string' && path.length >= 4 && LOOKUP_LISTS[list] ? LOOKUP_LISTS[list] : undefined;
}

function shapeFindings(value: unknown, findings: Findings): void {
  if (validateShape(value)) return;
  // An unknown property first: at one place, a typo explains a missing required property.
  const errors = [...(validateShape.errors ?? [])].sort((a, b) => Number(b.keyword === 'additionalProperties') - Number(a.keyword === 'additionalProperties'));
  for (const error of errors) {
    const path: Path = fromPointer(error.instancePath);
    // Lookups are a name or an object: report the object form's problems, or that it is neither.
    const lookupPath = path.length >= 4 && lookupWhat(path.slice(0, 4)) ? path.slice(0, 4) : undefined;
    if (lookupPath) {
      const entry = valueAt(value, lookupPath);
      const what = `a ${lookupWhat(lookupPath)} (a name, or an object with name and displayName)`;
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        findings.add(lookupPath, `${what} must be an object (got ${describe(entry)})`);
        continue;
      }
      if (error.keyword === 'oneOf' || !error.schemaPath.includes('/oneOf/1/')) continue;
      const message = shapeMessage(error, path, value, what);
      if (message) findings.add(message.path, message.text);
      continue;
    }
    const message = shapeMessage(error, path, value, whatBySchema.get(error.parentSchema) ?? 'a value');
    if (message) findings.add(message.path, message.text);
  }
}

function shapeMessage(error: ErrorObject, path: Path, root: unknown, what: string): { path: Path; text: string } | undefined {
  const key = String(path[path.length - 1] ?? '');
  const got = describe(valueAt(root, path));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const allowed = Object.keys(((error.parentSchema ?? {}) as SchemaObject).properties ?? {});
      const hint = allowed.find((a) => a.toLowerCase() === extra.toLowerCase());
      return { path: [...path, extra], text: `unknown property '${extra}' of ${what}` + (hint ? ` (did you mean '${hint}'?)` : `; allowed: ${allowed.join(', ')}`) };
    }
    case 'required': {
      const missing = String(params['missingProperty']);
      if (error.schemaPath.includes('/anyOf/')) return undefined;
      const isList = ['instances', 'entities', 'attributes'].includes(missing);
      return { path: [...path, missing], text: `'${missing}' is required${isList ? ' (a list)' : ''}` };
    }
    case 'anyOf': {
      const name = valueAt(root, [...path, 'name']);
      return { path, text: `segment '${typeof name === 'string' ? name : '?'}' needs a 'filter' (members are computed from the rows) or a 'count' (a fixed member count), or both` };
    }
    case 'type': {
      const expected = String(params['type']);
      const parent = path[path.length - 2];
      if (typeof key === 'string' && /^\d+$/.test(key) && typeof parent === 'string') {
        if (parent === 'rows') return { path, text: `a row must be an object (got ${got})` };
        if (STRING_LISTS[parent]) return { path, text: `${STRING_LISTS[parent]} must be non-empty strings (got ${got})` };
      }
      if (expected === 'object') return { path, text: `${what} must be an object (got ${got})` };
      if (expected === 'array') return { path, text: `'${key}' must be a list (got ${got})` };
      if (expected === 'string') return stringMessage(path, key, got);
      if (expected === 'boolean') return { path, text: `'${key}' must be true or false (got ${got})` };
      return { path, text: `'${key}' must be ${expected === 'integer' ? 'an integer' : 'a number'} (got ${got})` };
    }
    case 'minLength':
      return stringMessage(path, key, got);
    case 'pattern':
      if (String(params['pattern']) === '\\S') return stringMessage(path, key, got);
      return { path, text: `'${key}' must be a name of letters, digits and underscores, starting with a letter (got ${got})` };
    case 'enum':
      return { path, text: `'${key}' must be one of ${(params['allowedValues'] as unknown[]).join(', ')} (got ${got})` };
    case 'minimum':
      return { path, text: `'${key}' must be at least ${String(params['limit'])} (got ${got})` };
    case 'minItems':
      return { path, text: `'${key}' must list at least one ${key === 'instances' ? 'instance' : 'attribute'}` };
    default:
      return { path, text: `'${key}' ${error.message ?? 'is not valid'}` };
  }
}

function stringMessage(path: Path, key: string, got: string): { path: Path; text: string } {
  const parent = path[path.length - 2];
  if (/^\d+$/.test(key) && typeof parent === 'string' && STRING_LISTS[parent]) return { path, text: `${STRING_LISTS[parent]} must be non-empty strings (got ${got})` };
  return { path, text: `'${key}' must be a non-empty string (got ${got})` };
}

// ---- the meaning: references, keys, rows, filters, duplicates ---------------------------------

const objectsIn = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)) : []);
const entries = (value: unknown): [number, Json][] =>
  Array.isArray(value) ? value.flatMap((v, i): [number, Json][] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [[i, v as Json]] : [])) : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Names used twice in a list, reported at the second use. */
function unique(findings: Findings, names: [number, string | undefined][], path: Path, property: string, what: string): void {
  const seen = new Map<string, number>();
  for (const [i, name] of names) {
    if (name === undefined) continue;
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) findings.add([...path, i, property], `${what} '${name}' is defined twice (first at ${toPointer([...path, first])})`);
    else seen.set(name.toLowerCase(), i);
  }
}

function semanticFindings(root: Json, findings: Findings): void {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return;
  const instances = entries(root['instances']);
  for (const [i, instance] of instances) instanceFindings(instance, ['instances', i], findings);
  unique(findings, instances.map(([i, item]) => [i, text(item['id'])]), ['instances'], 'id', 'instance id');
}

function instanceFindings(item: Json, path: Path, findings: Findings): void {
  const refreshTime = text(item['refreshTime']);
  if (refreshTime !== undefined && !(DATE_TIME.test(refreshTime) && !Number.isNaN(Date.parse(refreshTime)))) {
    findings.add([...path, 'refreshTime'], `'refreshTime' must be an ISO 8601 date-time like 2026-01-15T06:30:00Z (got ${describe(refreshTime)})`);
  }
  const dataSources = entries(item['dataSources']);
  unique(findings, dataSources.map(([i, d]) => [i, text(d['name'])]), [...path, 'dataSources'], 'name', 'data source');
  const dataSourceNames = new Set(dataSources.flatMap(([, d]) => (text(d['name']) !== undefined ? [d['name'] as string] : [])));

  const entities = entries(item['entities']);
  // Names as written, including entities with errors of their own: references to those are not
  // reported again, so one mistake gives one error.
  const declared = new Set(entities.flatMap(([, e]) => (text(e['name']) !== undefined ? [e['name'] as string] : [])));
  const sound = new Map<string, Json>();
  for (const [i, entity] of entities) {
    const entityPath = [...path, 'entities', i];
    const before = findings.size;
    const wasSound = !findings.under(entityPath);
    entityFindings(entity, entityPath, dataSourceNames, findings, wasSound);
    if (wasSound && findings.size === before) sound.set(entity['name'] as string, entity);
  }
  unique(findings, entities.map(([i, e]) => [i, text(e['name'])]), [...path, 'entities'], 'name', 'entity');

  for (const [i, source] of dataSources) {
    for (const [j, name] of (Array.isArray(source['entities']) ? source['entities'] : []).entries()) {
      if (typeof name === 'string' && name !== '' && !declared.has(name)) {
        findings.add([...path, 'dataSources', i, 'entities', j], `data source '${String(source['name'])}' names entity '${name}', which this instance does not define`);
      }
    }
  }

  const segments = entries(item['segments']);
  for (const [i, segment] of segments) segmentFindings(segment, [...path, 'segments', i], declared, sound, findings);
  unique(findings, segments.map(([i, s]) => [i, text(s['name'])]), [...path, 'segments'], 'name', 'segment');
  const measures = entries(item['measures']);
  unique(findings, measures.map(([i, m]) => [i, text(m['name'])]), [...path, 'measures'], 'name', 'measure');
  for (const list of ['processes', 'reportTypes'] as const) {
    const names = (Array.isArray(item[list]) ? (item[list] as unknown[]) : []).map((e, i): [number, string | undefined] => [i, typeof e === 'string' ? e : text((e as Json | null)?.['name'])]);
    unique(findings, names, [...path, list], 'name', LOOKUP_LISTS[list]!);
  }
}

function entityFindings(item: Json, path: Path, dataSources: ReadonlySet<string>, findings: Findings, shapeSound: boolean): void {
  const before = findings.size;
  const name = text(item['name']);
  const key = text(item['key']);
  const dataSource = text(item['dataSource']);
  if (dataSource !== undefined && !dataSources.has(dataSource)) {
    findings.add([...path, 'dataSource'], `data source '${dataSource}' is not in this instance's 'dataSources'` + (dataSources.size ? ` (${[...dataSources].join(', ')})` : ''));
  }
  const attributes = entries(item['attributes']);
  const types = new Map<string, FieldType>();
  for (const [i, a] of attributes) {
    const attributeName = text(a['name']);
    if (attributeName !== undefined && !findings.under([...path, 'attributes', i])) types.set(attributeName, (text(a['type']) ?? 'string') as FieldType);
  }
  unique(findings, attributes.map(([i, a]) => [i, text(a['name'])]), [...path, 'attributes'], 'name', 'attribute');
  if (key !== undefined && attributes.length > 0 && !types.has(key)) {
    findings.add([...path, 'key'], `key '${key}' is not an attribute of entity '${name ?? '?'}' (attributes: ${[...types.keys()].join(', ')})`);
  }
  const keyType = key === undefined ? undefined : types.get(key);
  if (keyType !== undefined && keyType !== 'string' && keyType !== 'integer') {
    findings.add([...path, 'key'], `key '${key}' must be a string or integer attribute (it is ${keyType})`);
  }
  // Row checks need a sound entity; without one every row would repeat the same complaint.
  if (!shapeSound || findings.size > before || name === undefined || key === undefined) return;
  const keys = new Map<string, number>();
  (Array.isArray(item['rows']) ? (item['rows'] as unknown[]) : []).forEach((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return;
    const rowPath = [...path, 'rows', i];
    let rowOk = true;
    for (const [field, cell] of Object.entries(row)) {
      const type = types.get(field);
      if (!type) {
        const hint = [...types.keys()].find((t) => t.toLowerCase() === field.toLowerCase());
        findings.add([...rowPath, field], `'${field}' is not an attribute of entity '${name}'` + (hint ? ` (did you mean '${hint}'?)` : ''));
        rowOk = false;
        continue;
      }
      if (cell === null) continue;
      const problem = cellProblem(type, cell);
      if (problem) {
        findings.add([...rowPath, field], `'${field}' ${problem}`);
        rowOk = false;
      }
    }
    if (!rowOk) return;
    const id = Object.hasOwn(row, key) ? (row as Json)[key] : undefined;
    if (id === undefined || id === null) {
      findings.add(rowPath, `row has no '${key}' (the key of entity '${name}')`);
      return;
    }
    const first = keys.get(String(id));
    if (first !== undefined) findings.add([...rowPath, key], `key '${String(id)}' is used twice (first at ${toPointer([...path, 'rows', first])})`);
    else keys.set(String(id), i);
  });
}

function segmentFindings(item: Json, path: Path, declared: ReadonlySet<string>, sound: ReadonlyMap<string, Json>, findings: Findings): void {
  if (findings.under(path)) return;
  const name = text(item['name']);
  const entityName = text(item['entity']);
  const filter = text(item['filter']);
  const target = entityName ?? 'Customer';
  if (entityName !== undefined && !declared.has(entityName)) {
    findings.add([...path, 'entity'], `entity '${entityName}' is not defined in this instance (entities: ${[...declared].join(', ') || 'none'})`);
  } else if (filter !== undefined) {
    const entity = sound.get(target);
    if (!declared.has(target)) {
      findings.add(path, `segment '${name ?? '?'}' has a filter but no 'entity', and this instance has no 'Customer' entity to default to`);
    } else if (entity) {
      const fields = new Map(objectsIn(entity['attributes']).map((a) => [a['name'] as string, ((a['type'] as FieldType | undefined) ?? 'string')]));
      try {
        compileFilter(parseFilter(filter), { entity: target, fields });
      } catch (error) {
        findings.add([...path, 'filter'], `invalid filter over entity '${target}': ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

// ---- the data: a checked document with its defaults ----------------------------------------

function backendData(root: Json): BackendData {
  return { instances: objectsIn(root['instances']).map(instanceData) };
}

function lookupData(value: unknown, defaults: readonly LookupEntry[]): LookupEntry[] {
  if (value === undefined) return [...defaults];
  return (value as unknown[]).map((e) => (typeof e === 'string' ? { Name: e, DisplayName: e } : { Name: (e as Json)['name'] as string, DisplayName: text((e as Json)['displayName']) ?? ((e as Json)['name'] as string) }));
}

function instanceData(item: Json): InstanceDefinition {
  const id = item['id'] as string;
  const named = (o: Json) => ({ name: o['name'] as string, displayName: text(o['displayName']) ?? (o['name'] as string) });
  return {
    id,
    displayName: text(item['displayName']) ?? id,
    // Partitions report this as their write time; "now" is what a freshly loaded file means.
    refreshTime: text(item['refreshTime']) ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    entities: objectsIn(item['entities']).map((e): EntityDefinition => {
      const { name, displayName } = named(e);
      const dataSource = text(e['dataSource']);
      const key = e['key'] as string;
      return {
        name,
        displayName,
        entityType: text(e['entityType']) ?? DEFAULT_ENTITY_TYPES[name] ?? 'profile',
        key,
        attributes: objectsIn(e['attributes']).map((a) => ({
          ...named(a),
          type: (text(a['type']) ?? 'string') as FieldType,
          ...(text(a['semanticType']) !== undefined ? { semanticType: a['semanticType'] as string } : {}),
          ...(typeof a['indexed'] === 'boolean' ? { indexed: a['indexed'] } : {}),
        })),
        // System-generated segment membership cannot be written in Customer Insights either.
        itemAccess: (text(e['access']) as EntityDefinition['itemAccess'] | undefined) ?? (name === 'Segments' ? 'read-only' : 'read-write'),
        ...(dataSource !== undefined ? { dataSource } : {}),
        rows: objectsIn(e['rows']).map((r) => {
          const row: ItemRow = {};
          // An absent value and null mean the same to the connector: the field is left out of the item.
          for (const [field, cell] of Object.entries(r)) if (cell !== null) setMember(row, field, cell);
          return row;
        }),
      };
    }),
    segments: objectsIn(item['segments']).map((s) => ({
      ...named(s),
      entity: text(s['entity']) ?? 'Customer',
      ...(text(s['filter']) !== undefined ? { filter: s['filter'] as string } : {}),
      ...(typeof s['count'] === 'number' ? { count: s['count'] } : {}),
    })),
    measures: objectsIn(item['measures']).map((m) => ({
      ...named(m),
      dimensions: (m['dimensions'] as string[] | undefined) ?? [],
      value: m['value'] as number,
      ...(text(m['unit']) !== undefined ? { unit: m['unit'] as string } : {}),
    })),
    processes: lookupData(item['processes'], DEFAULT_PROCESSES),
    reportTypes: lookupData(item['reportTypes'], DEFAULT_REPORT_TYPES),
    dataSources: objectsIn(item['dataSources']).map((d) => ({
      id: text(d['id']) ?? syntheticId(`${id}/${d['name'] as string}`),
      ...named(d),
      entities: (d['entities'] as string[] | undefined) ?? [],
    })),
  };
}

function cellProblem(type: FieldType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : `must be a string (got ${describe(value)}); quote it in YAML`;
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : `must be an integer (got ${describe(value)})`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `must be a number (got ${describe(value)})`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false (got ${describe(value)})`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : `must be a date like 2024-05-01 (got ${describe(value)})`;
    case 'date-time':
      return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `must be a date-time like 2024-05-01T10:00:00Z (got ${describe(value)})`;
  }
}

/** A GUID-shaped id derived from a name, so a data source without an `id` gets the same one on every run. */
function syntheticId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-9${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
