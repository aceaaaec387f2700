/**
 * `serve --data <file>`: instances and entities from a JSON or YAML file, in the format documented
 * in scripts/serve/DATA-FORMAT.md. The format is ours, not the mock store's: it has defaults a
 * person writing YAML by hand wants (display names, the standard process list, generated data
 * source ids) and is checked here completely, so every mistake comes back at once as
 * `file:line:column: /json/pointer: message` instead of surfacing later as a 500.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  compileFilter,
  parseFilter,
  sampleProcesses,
  sampleReportTypes,
  setOwnField,
  type BackendData,
  type EntityDefinition,
  type FieldType,
  type InstanceDefinition,
  type ItemRow,
  type LookupEntry,
} from '../../mocks/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { isLoadedDocument, loadDocumentFromFile, type LoadedDocument } from '../core/load-document.js';
import { toPointer, type PointerSegments } from '../core/json-pointer.js';

export const ATTRIBUTE_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'date-time'] as const satisfies readonly FieldType[];
export const ACCESS_LEVELS = ['read-write', 'read-only', 'none'] as const;

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

/** The format's JSON Schema (for editors too): the one list of the properties each object may have. */
const schema = JSON.parse(readFileSync(new URL('./data-file.schema.json', import.meta.url), 'utf8')) as SchemaObject;
const definition = (name: string): SchemaObject => schema.definitions![name]!;
const keysOf = (object: SchemaObject): readonly string[] => Object.keys(object.properties);

/** The properties each object of the format may have, read from the schema; anything else is reported as a typo. */
const PROPERTIES = {
  root: keysOf(schema),
  instance: keysOf(definition('instance')),
  dataSource: keysOf(definition('dataSource')),
  entity: keysOf(definition('entity')),
  attribute: keysOf(definition('attribute')),
  segment: keysOf(definition('segment')),
  measure: keysOf(definition('measure')),
  // A lookup is a name or an object: the schema's second form.
  lookup: keysOf(definition('lookup').oneOf![1]!),
};

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
  const checker = new Checker(document);
  const data = checker.root(document.value);
  if (checker.errors.length > 0) return failed(document.file, checker.errors.slice(0, MAX_ERRORS), Math.max(0, checker.errors.length - MAX_ERRORS));
  return { ok: true, data: data!, file: document.file };
}

type Json = Record<string, unknown>;
type Path = PointerSegments;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  return String(value);
}

class Checker {
  readonly errors: Diagnostic[] = [];

  constructor(private readonly document: LoadedDocument) {}

  error(path: Path, message: string): void {
    const pointer = toPointer(path);
    // Point at the member itself; when it is missing, at the object that should hold it.
    let position = this.document.locate(pointer);
    for (let up = path.length - 1; !position && up >= 0; up--) position = this.document.locate(toPointer(path.slice(0, up)));
    this.errors.push({ code: 'data-file', severity: 'error', message, pointer, ...(position ? { line: position.line, column: position.column } : {}) });
  }

  object(value: unknown, path: Path, what: string, allowed: readonly string[]): Json | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.error(path, `${what} must be an object (got ${describe(value)})`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        const hint = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
        this.error([...path, key], `unknown property '${key}' of ${what}` + (hint ? ` (did you mean '${hint}'?)` : `; allowed: ${allowed.join(', ')}`));
      }
    }
    return value as Json;
  }

  list(value: unknown, path: Path, what: string, required: boolean): unknown[] {
    if (value === undefined) {
      if (required) this.error(path, `${what} is required (a list)`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.error(path, `${what} must be a list (got ${describe(value)})`);
      return [];
    }
    return value;
  }

  string(owner: Json, key: string, path: Path, options: { required?: boolean; name?: boolean } = {}): string | undefined {
    const value = owner[key];
    if (value === undefined) {
      if (options.required) this.error([...path, key], `'${key}' is required`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.error([...path, key], `'${key}' must be a non-empty string (got ${describe(value)})`);
      return undefined;
    }
    if (options.name && !NAME.test(value)) {
      this.error([...path, key], `'${key}' must be a name of letters, digits and underscores, starting with a letter (got ${describe(value)})`);
      return undefined;
    }
    return value;
  }

  number(owner: Json, key: string, path: Path, options: { required?: boolean; integer?: boolean; min?: number } = {}): number | undefined {
    const value = owner[key];
    if (value === undefined) {
      if (options.required) this.error([...path, key], `'${key}' is required`);
      return undefined;
    }
    const ok = options.integer ? Number.isSafeInteger(value) : typeof value === 'number' && Number.isFinite(value);
    if (!ok) {
      this.error([...path, key], `'${key}' must be ${options.integer ? 'an integer' : 'a number'} (got ${describe(value)})`);
      return undefined;
    }
    if (options.min !== undefined && (value as number) < options.min) {
      this.error([...path, key], `'${key}' must be at least ${options.min} (got ${String(value)})`);
      return undefined;
    }
    return value as number;
  }

  boolean(owner: Json, key: string, path: Path): boolean | undefined {
    const value = owner[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.error([...path, key], `'${key}' must be true or false (got ${describe(value)})`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(owner: Json, key: string, path: Path, allowed: readonly T[]): T | undefined {
    const value = owner[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.error([...path, key], `'${key}' must be one of ${allowed.join(', ')} (got ${describe(value)})`);
      return undefined;
    }
    return value as T;
  }

  /** Reports names used twice in a list, at the second use. */
  unique(names: (string | undefined)[], path: Path, property: string, what: string): void {
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
      if (name === undefined) return;
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) this.error([...path, i, property], `${what} '${name}' is defined twice (first at ${toPointer([...path, first])})`);
      else seen.set(name.toLowerCase(), i);
    });
  }

  root(value: unknown): BackendData | undefined {
    const root = this.object(value, [], 'the data file', PROPERTIES.root);
    if (!root) return undefined;
    const items = this.list(root['instances'], ['instances'], "'instances'", true);
    if (Array.isArray(root['instances']) && items.length === 0) this.error(['instances'], "'instances' must list at least one instance");
    const instances = items.map((item, i) => this.instance(item, ['instances', i]));
    this.unique(items.map((item) => (item && typeof item === 'object' ? (item as Json)['id'] as string : undefined)).map((v) => (typeof v === 'string' ? v : undefined)), ['instances'], 'id', 'instance id');
    if (instances.some((instance) => instance === undefined)) return undefined;
    return { instances: instances as InstanceDefinition[] };
  }

  instance(value: unknown, path: Path): InstanceDefinition | undefined {
    const item = this.object(value, path, 'an instance', PROPERTIES.instance);
    if (!item) return undefined;
    const before = this.errors.length;
    const id = this.string(item, 'id', path, { required: true });
    const displayName = this.string(item, 'displayName', path) ?? id;
    const refreshTime = this.string(item, 'refreshTime', path);
    if (refreshTime !== undefined && !(DATE_TIME.test(refreshTime) && !Number.isNaN(Date.parse(refreshTime)))) {
      this.error([...path, 'refreshTime'], `'refreshTime' must be an ISO 8601 date-time like 2026-01-15T06:30:00Z (got ${describe(refreshTime)})`);
    }

    const dataSourceItems = this.list(item['dataSources'], [...path, 'dataSources'], "'dataSources'", false);
    const dataSources = dataSourceItems.map((d, i) => this.dataSource(d, [...path, 'dataSources', i], id ?? ''));
    this.unique(dataSources.map((d) => d?.name), [...path, 'dataSources'], 'name', 'data source');

    const entityItems = this.list(item['entities'], [...path, 'entities'], "'entities'", true);
    const dataSourceNames = new Set(dataSources.flatMap((d) => (d ? [d.name] : [])));
    const entities = entityItems.map((e, i) => this.entity(e, [...path, 'entities', i], dataSourceNames));
    this.unique(entities.map((e) => e?.name), [...path, 'entities'], 'name', 'entity');
    const entityByName = new Map(entities.flatMap((e) => (e ? [[e.name, e] as const] : [])));
    // Names as written, including entities that failed their own checks: references to those are
    // not reported again, so one mistake gives one error.
    const declared = new Set(entityItems.flatMap((e) => (e && typeof e === 'object' && typeof (e as Json)['name'] === 'string' ? [(e as Json)['name'] as string] : [])));

    dataSources.forEach((source, i) => {
      source?.entities.forEach((name, j) => {
        if (!declared.has(name)) this.error([...path, 'dataSources', i, 'entities', j], `data source '${source.name}' names entity '${name}', which this instance does not define`);
      });
    });

    const segmentItems = this.list(item['segments'], [...path, 'segments'], "'segments'", false);
    const segments = segmentItems.map((s, i) => this.segment(s, [...path, 'segments', i], entityByName, declared));
    this.unique(segments.map((s) => s?.name), [...path, 'segments'], 'name', 'segment');

    const measureItems = this.list(item['measures'], [...path, 'measures'], "'measures'", false);
    const measures = measureItems.map((m, i) => this.measure(m, [...path, 'measures', i]));
    this.unique(measures.map((m) => m?.name), [...path, 'measures'], 'name', 'measure');

    const processes = item['processes'] === undefined ? [...DEFAULT_PROCESSES] : this.lookups(item['processes'], [...path, 'processes'], 'process');
    const reportTypes = item['reportTypes'] === undefined ? [...DEFAULT_REPORT_TYPES] : this.lookups(item['reportTypes'], [...path, 'reportTypes'], 'report type');

    if (this.errors.length > before || id === undefined) return undefined;
    return {
      id,
      displayName: displayName!,
      // Partitions report this as their write time; "now" is what a freshly loaded file means.
      refreshTime: refreshTime ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      entities: entities as EntityDefinition[],
      segments: segments as InstanceDefinition['segments'],
      measures: measures as InstanceDefinition['measures'],
      processes,
      reportTypes,
      dataSources: dataSources as InstanceDefinition['dataSources'],
    };
  }

  dataSource(value: unknown, path: Path, instanceId: string): InstanceDefinition['dataSources'][number] | undefined {
    const item = this.object(value, path, 'a data source', PROPERTIES.dataSource);
    if (!item) return undefined;
    const name = this.string(item, 'name', path, { required: true, name: true });
    const id = this.string(item, 'id', path);
    const displayName = this.string(item, 'displayName', path);
    const entities = this.list(item['entities'], [...path, 'entities'], "'entities'", false).flatMap((e, i) => {
      if (typeof e === 'string' && e !== '') return [e];
      this.error([...path, 'entities', i], `entity names must be non-empty strings (got ${describe(e)})`);
      return [];
    });
    if (name === undefined) return undefined;
    return { id: id ?? syntheticId(`${instanceId}/${name}`), name, displayName: displayName ?? name, entities };
  }

  entity(value: unknown, path: Path, dataSources: ReadonlySet<string>): EntityDefinition | undefined {
    const item = this.object(value, path, 'an entity', PROPERTIES.entity);
    if (!item) return undefined;
    const before = this.errors.length;
    const name = this.string(item, 'name', path, { required: true, name: true });
    const displayName = this.string(item, 'displayName', path);
    const entityType = this.string(item, 'entityType', path);
    const key = this.string(item, 'key', path, { required: true });
    const access = this.oneOf(item, 'access', path, ACCESS_LEVELS);
    const dataSource = this.string(item, 'dataSource', path);
    if (dataSource !== undefined && !dataSources.has(dataSource)) {
      this.error([...path, 'dataSource'], `data source '${dataSource}' is not in this instance's 'dataSources'` + (dataSources.size ? ` (${[...dataSources].join(', ')})` : ''));
    }

    const attributeItems = this.list(item['attributes'], [...path, 'attributes'], "'attributes'", true);
    if (Array.isArray(item['attributes']) && attributeItems.length === 0) this.error([...path, 'attributes'], "'attributes' must list at least one attribute");
    const attributes = attributeItems.map((a, i) => this.attribute(a, [...path, 'attributes', i]));
    this.unique(attributes.map((a) => a?.name), [...path, 'attributes'], 'name', 'attribute');
    const types = new Map(attributes.flatMap((a) => (a ? [[a.name, a.type] as const] : [])));
    if (key !== undefined && attributeItems.length > 0 && !types.has(key)) {
      this.error([...path, 'key'], `key '${key}' is not an attribute of entity '${name ?? '?'}' (attributes: ${[...types.keys()].join(', ')})`);
    }
    const keyType = key === undefined ? undefined : types.get(key);
    if (keyType !== undefined && keyType !== 'string' && keyType !== 'integer') {
      this.error([...path, 'key'], `key '${key}' must be a string or integer attribute (it is ${keyType})`);
    }

    const rowItems = this.list(item['rows'], [...path, 'rows'], "'rows'", false);
    const rows: ItemRow[] = [];
    const keys = new Map<string, number>();
    // Row checks need a sound attribute list; without one every row would repeat the same complaint.
    if (this.errors.length === before) {
      rowItems.forEach((r, i) => {
        const row = this.row(r, [...path, 'rows', i], name!, types);
        if (!row) return;
        const id = Object.hasOwn(row, key!) ? row[key!] : undefined;
        if (id === undefined) {
          this.error([...path, 'rows', i], `row has no '${key}' (the key of entity '${name}')`);
          return;
        }
        const first = keys.get(String(id));
        if (first !== undefined) this.error([...path, 'rows', i, key!], `key '${String(id)}' is used twice (first at ${toPointer([...path, 'rows', first])})`);
        else keys.set(String(id), i);
        rows.push(row);
      });
    }

    if (this.errors.length > before || name === undefined || key === undefined) return undefined;
    return {
      name,
      displayName: displayName ?? name,
      entityType: entityType ?? DEFAULT_ENTITY_TYPES[name] ?? 'profile',
      key,
      attributes: attributes as EntityDefinition['attributes'],
      // System-generated segment membership cannot be written in Customer Insights either.
      itemAccess: access ?? (name === 'Segments' ? 'read-only' : 'read-write'),
      ...(dataSource !== undefined ? { dataSource } : {}),
      rows,
    };
  }

  attribute(value: unknown, path: Path): EntityDefinition['attributes'][number] | undefined {
    const item = this.object(value, path, 'an attribute', PROPERTIES.attribute);
    if (!item) return undefined;
    const name = this.string(item, 'name', path, { required: true, name: true });
    const displayName = this.string(item, 'displayName', path);
    const type = this.oneOf(item, 'type', path, ATTRIBUTE_TYPES);
    const typeOk = item['type'] === undefined || type !== undefined;
    const semanticType = this.string(item, 'semanticType', path);
    const indexed = this.boolean(item, 'indexed', path);
    if (name === undefined || !typeOk) return undefined;
    return {
      name,
      displayName: displayName ?? name,
      type: type ?? 'string',
      ...(semanticType !== undefined ? { semanticType } : {}),
      ...(indexed !== undefined ? { indexed } : {}),
    };
  }

  row(value: unknown, path: Path, entity: string, types: ReadonlyMap<string, FieldType>): ItemRow | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.error(path, `a row of '${entity}' must be an object (got ${describe(value)})`);
      return undefined;
    }
    const before = this.errors.length;
    const row: ItemRow = {};
    for (const [field, cell] of Object.entries(value)) {
      const type = types.get(field);
      if (!type) {
        const hint = [...types.keys()].find((t) => t.toLowerCase() === field.toLowerCase());
        this.error([...path, field], `'${field}' is not an attribute of entity '${entity}'` + (hint ? ` (did you mean '${hint}'?)` : ''));
        continue;
      }
      // An absent value and null mean the same to the connector: the field is left out of the item.
      if (cell === null) continue;
      const problem = cellProblem(type, cell);
      if (problem) this.error([...path, field], `'${field}' ${problem}`);
      else setOwnField(row, field, cell);
    }
    return this.errors.length > before ? undefined : row;
  }

  segment(
    value: unknown,
    path: Path,
    entities: ReadonlyMap<string, EntityDefinition>,
    declared: ReadonlySet<string>,
  ): InstanceDefinition['segments'][number] | undefined {
    const item = this.object(value, path, 'a segment', PROPERTIES.segment);
    if (!item) return undefined;
    const before = this.errors.length;
    const name = this.string(item, 'name', path, { required: true, name: true });
    const displayName = this.string(item, 'displayName', path);
    const entityName = this.string(item, 'entity', path);
    const filter = this.string(item, 'filter', path);
    const count = this.number(item, 'count', path, { integer: true, min: 0 });
    if (item['filter'] === undefined && item['count'] === undefined) {
      this.error(path, `segment '${name ?? '?'}' needs a 'filter' (members are computed from the rows) or a 'count' (a fixed member count), or both`);
    }
    const target = entityName ?? 'Customer';
    const entity = entities.get(target);
    if (entityName !== undefined && !declared.has(entityName)) {
      this.error([...path, 'entity'], `entity '${entityName}' is not defined in this instance (entities: ${[...declared].join(', ') || 'none'})`);
    } else if (filter !== undefined) {
      if (!declared.has(target)) {
        this.error(path, `segment '${name ?? '?'}' has a filter but no 'entity', and this instance has no 'Customer' entity to default to`);
      } else if (entity) {
        try {
          compileFilter(parseFilter(filter), { entity: entity.name, fields: new Map(entity.attributes.map((a) => [a.name, a.type])) });
        } catch (error) {
          this.error([...path, 'filter'], `invalid filter over entity '${entity.name}': ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    if (this.errors.length > before || name === undefined) return undefined;
    return {
      name,
      displayName: displayName ?? name,
      entity: target,
      ...(filter !== undefined ? { filter } : {}),
      ...(count !== undefined ? { count } : {}),
    };
  }

  measure(value: unknown, path: Path): InstanceDefinition['measures'][number] | undefined {
    const item = this.object(value, path, 'a measure', PROPERTIES.measure);
    if (!item) return undefined;
    const before = this.errors.length;
    const name = this.string(item, 'name', path, { required: true, name: true });
    const displayName = this.string(item, 'displayName', path);
    const measureValue = this.number(item, 'value', path, { required: true });
    const unit = this.string(item, 'unit', path);
    const dimensions = this.list(item['dimensions'], [...path, 'dimensions'], "'dimensions'", false).flatMap((d, i) => {
      if (typeof d === 'string' && d !== '') return [d];
      this.error([...path, 'dimensions', i], `dimension names must be non-empty strings (got ${describe(d)})`);
      return [];
    });
    if (this.errors.length > before || name === undefined || measureValue === undefined) return undefined;
    return { name, displayName: displayName ?? name, dimensions, value: measureValue, ...(unit !== undefined ? { unit } : {}) };
  }

  lookups(value: unknown, path: Path, what: string): LookupEntry[] {
    const items = this.list(value, path, `'${String(path[path.length - 1])}'`, false);
    const entries = items.flatMap((entry, i): LookupEntry[] => {
      if (typeof entry === 'string' && NAME.test(entry)) return [{ Name: entry, DisplayName: entry }];
      const item = this.object(entry, [...path, i], `a ${what} (a name, or an object with name and displayName)`, PROPERTIES.lookup);
      if (!item) return [];
      const name = this.string(item, 'name', [...path, i], { required: true, name: true });
      const displayName = this.string(item, 'displayName', [...path, i]);
      return name === undefined ? [] : [{ Name: name, DisplayName: displayName ?? name }];
    });
    this.unique(entries.map((e) => e.Name), path, 'name', what);
    return entries;
  }
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
