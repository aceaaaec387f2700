/**
 * One entity of an instance in memory: rows in insertion order (the order Get items pages
 * through), a key map for Get item, and hash indexes on the filterable fields so that
 * `$filter=CustomerId eq '…'` is a lookup, not a scan.
 */
import {
  compileFilter,
  FilterFieldError,
  indexLookups,
  ODataSyntaxError,
  parseFilter,
  type FieldType,
  type Predicate,
} from '../odata/index.js';
import { entitySchema, type JsonSchema, type SchemaShape } from './entity-schema.js';
import { ApiError, badRequest, conflict, notFound } from './errors.js';
import { defaultLimits, type BackendLimits } from './limits.js';
import { validateItem } from './item-validation.js';
import type { AttributeDefinition, EntityDefinition, ItemRow } from './model.js';
import { setMember } from '../../scripts/core/json.js';
import { buildPartitions, type Partition } from './partitions.js';

export interface ItemQuery {
  filter?: string;
  select?: string[];
  top?: number;
  skip?: number;
}

/**
 * The fields "Get items" may filter on (its description in connector/operations/GetItems.ts): UnifiedActivity → ActivityId, CustomerId;
 * Customer → CustomerId plus the fields indexed in the instance; any other entity → CustomerId.
 */
export function filterableFields(entity: EntityDefinition): string[] {
  const has = (name: string) => entity.attributes.some((a) => a.name === name);
  if (entity.name === 'UnifiedActivity') return ['ActivityId', 'CustomerId'].filter(has);
  if (entity.name === 'Customer') {
    const indexed = entity.attributes.filter((a) => a.indexed && a.name !== 'CustomerId').map((a) => a.name);
    return [...(has('CustomerId') ? ['CustomerId'] : []), ...indexed];
  }
  return has('CustomerId') ? ['CustomerId'] : [];
}

// Recently used $filter texts keep their compiled predicate; flows repeat the same few filters.
const FILTER_CACHE_LIMIT = 2048;

export class EntityTable {
  readonly definition: EntityDefinition;
  readonly attributes: ReadonlyMap<string, AttributeDefinition>;
  readonly fieldTypes: ReadonlyMap<string, FieldType>;
  readonly filterable: readonly string[];
  /** Bumped on every write, so caches derived from rows (partitions) know when to rebuild. */
  version = 0;
  private readonly rows: ItemRow[];
  private readonly positions = new Map<string, number>();
  private readonly indexes = new Map<string, Map<unknown, number[]>>();
  private readonly filters = new Map<string, { predicate: Predicate; lookups: ReturnType<typeof indexLookups> }>();
  private partitionCache?: { version: number; refreshTime: string; partitions: Partition[] };
  private generated = 0;
  /** Rows the last query examined: 1 for an indexed key lookup, the whole table for a scan. */
  lastRowsExamined = 0;
  /** Bytes of item JSON written through create/update and still stored, bounded by `maxWrittenBytesPerTable`. */
  writtenBytes = 0;
  private readonly writtenSizes = new WeakMap<ItemRow, number>();

  constructor(
    definition: EntityDefinition,
    private readonly instanceId: string,
    private readonly refreshTime: () => string,
    private readonly limits: Pick<BackendLimits, 'maxItemsPerTable' | 'maxWrittenBytesPerTable'> = defaultLimits,
  ) {
    this.definition = definition;
    this.attributes = new Map(definition.attributes.map((a) => [a.name, a]));
    this.fieldTypes = new Map(definition.attributes.map((a) => [a.name, a.type]));
    this.filterable = filterableFields(definition);
    this.rows = definition.rows;
    for (let i = 0; i < this.rows.length; i++) {
      const key = this.rows[i]![definition.key];
      if (typeof key === 'string' || typeof key === 'number') this.positions.set(String(key), i);
    }
  }

  get name(): string {
    return this.definition.name;
  }

  get size(): number {
    return this.rows.length;
  }

  /**
   * All rows, in order. Read-only by contract, like every row this table hands out: writes go
   * through {@link create}/{@link update}, which store new row objects.
   */
  all(): readonly ItemRow[] {
    return this.rows;
  }

  get(id: string): ItemRow | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.rows[position];
  }

  require(id: string): ItemRow {
    const row = this.get(id);
    if (!row) throw notFound('ItemNotFound', `No item with ${this.definition.key} '${id}' in entity '${this.name}'`);
    return row;
  }

  schema(shape: SchemaShape): JsonSchema {
    return entitySchema(this.definition, shape);
  }

  /** Compiles a `$filter` for Get items (filterable fields only), caching recent ones. */
  private compile(filter: string): { predicate: Predicate; lookups: ReturnType<typeof indexLookups> } {
    const cached = this.filters.get(filter);
    if (cached) return cached;
    let compiled;
    try {
      const expression = parseFilter(filter);
      const predicate = compileFilter(expression, { entity: this.name, fields: this.fieldTypes, filterable: this.filterable });
      compiled = { predicate, lookups: indexLookups(expression) };
    } catch (error) {
      if (error instanceof FilterFieldError) throw badRequest('FieldNotFilterable', error.message);
      if (error instanceof ODataSyntaxError) throw badRequest('InvalidFilter', `Invalid $filter: ${error.message}`);
      throw error;
    }
    if (this.filters.size >= FILTER_CACHE_LIMIT) this.filters.delete(this.filters.keys().next().value!);
    this.filters.set(filter, compiled);
    return compiled;
  }

  /** Rows matching an unrestricted filter (any attribute), e.g. a segment definition. */
  matching(filter: string): ItemRow[] {
    const predicate = compileFilter(parseFilter(filter), { entity: this.name, fields: this.fieldTypes });
    return this.rows.filter(predicate);
  }

  private index(field: string): Map<unknown, number[]> {
    let index = this.indexes.get(field);
    if (!index) {
      index = new Map();
      for (let i = 0; i < this.rows.length; i++) addToIndex(index, this.rows[i]![field], i);
      this.indexes.set(field, index);
    }
    return index;
  }

  query(query: ItemQuery): ItemRow[] {
    const skip = query.skip ?? 0;
    const top = query.top ?? Number.POSITIVE_INFINITY;
    const out: ItemRow[] = [];
    if (top === 0) return out;
    const take = (row: ItemRow): boolean => {
      out.push(project(row, query.select));
      return out.length >= top;
    };

    if (query.filter === undefined || query.filter.trim() === '') {
      this.lastRowsExamined = 0;
      for (let i = skip; i < this.rows.length; i++) {
        this.lastRowsExamined++;
        if (take(this.rows[i]!)) break;
      }
      return out;
    }

    const { predicate, lookups } = this.compile(query.filter);
    let candidates: Iterable<number> | undefined;
    if (lookups && lookups.every((l) => this.filterable.includes(l.field) || l.field === this.definition.key)) {
      const positions = new Set<number>();
      for (const lookup of lookups) {
        const index = this.index(lookup.field);
        for (const value of lookup.values) for (const p of index.get(value) ?? []) positions.add(p);
      }
      candidates = [...positions].sort((a, b) => a - b);
    }
    let skipped = 0;
    this.lastRowsExamined = 0;
    const visit = (row: ItemRow): boolean => {
      this.lastRowsExamined++;
      if (!predicate(row)) return false;
      if (skipped < skip) {
        skipped++;
        return false;
      }
      return take(row);
    };
    if (candidates) {
      for (const p of candidates) if (visit(this.rows[p]!)) break;
    } else {
      for (const row of this.rows) if (visit(row)) break;
    }
    return out;
  }

  create(body: unknown): ItemRow {
    this.assertWritable();
    const fields = validateItem(this.definition, this.attributes, body, false);
    const keyName = this.definition.key;
    // Own properties only: a key attribute named `__proto__` would otherwise read Object.prototype.
    if (!Object.hasOwn(fields, keyName)) setMember(fields, keyName, this.newKey());
    const key = String(fields[keyName]);
    if (this.positions.has(key)) {
      throw conflict('ItemAlreadyExists', `An item with ${keyName} '${key}' already exists in entity '${this.name}'`);
    }
    if (this.rows.length >= this.limits.maxItemsPerTable) {
      throw new ApiError(429, 'TableFull', `Entity '${this.name}' already holds ${this.rows.length} items, the most allowed (${this.limits.maxItemsPerTable})`);
    }
    const row = compact(fields);
    this.chargeWrite(row, 0);
    const position = this.rows.length;
    this.rows.push(row);
    this.positions.set(key, position);
    for (const [field, index] of this.indexes) addToIndex(index, row[field], position);
    this.version++;
    return row;
  }

  update(id: string, body: unknown): ItemRow {
    this.assertWritable();
    const current = this.require(id);
    const fields = validateItem(this.definition, this.attributes, body, true);
    const keyName = this.definition.key;
    if (Object.hasOwn(fields, keyName) && String(fields[keyName]) !== id) {
      throw badRequest('InvalidItem', `The item's ${keyName} cannot change: the body says '${String(fields[keyName])}' but the item is '${id}'`);
    }
    const position = this.positions.get(id)!;
    const next = compact({ ...current, ...fields });
    this.chargeWrite(next, this.writtenSizes.get(current) ?? 0);
    for (const [field, index] of this.indexes) {
      if (current[field] !== next[field]) {
        removeFromIndex(index, current[field], position);
        addToIndex(index, next[field], position);
      }
    }
    this.rows[position] = next;
    this.version++;
    return next;
  }

  /**
   * Counts a written row against `maxWrittenBytesPerTable`, crediting the row it replaces; refuses
   * (429 `TableFull`) before anything is stored.
   */
  private chargeWrite(row: ItemRow, replacedBytes: number): void {
    const bytes = Buffer.byteLength(JSON.stringify(row));
    const total = this.writtenBytes - replacedBytes + bytes;
    if (total > this.limits.maxWrittenBytesPerTable) {
      throw new ApiError(
        429,
        'TableFull',
        `Entity '${this.name}' holds ${this.writtenBytes} bytes of written items; this write of ${bytes} bytes would pass the limit of ${this.limits.maxWrittenBytesPerTable}`,
      );
    }
    this.writtenBytes = total;
    this.writtenSizes.set(row, bytes);
  }

  /** Replaces every row (segment membership is rebuilt on evaluation). */
  replaceAll(rows: ItemRow[]): void {
    this.rows.length = 0;
    // One push per row: spreading a large array into push() overflows the call stack.
    for (const row of rows) this.rows.push(row);
    this.writtenBytes = 0;
    this.positions.clear();
    this.indexes.clear();
    rows.forEach((row, i) => this.positions.set(String(row[this.definition.key]), i));
    this.version++;
  }

  partitions(): Partition[] {
    const refreshTime = this.refreshTime();
    if (this.partitionCache?.version !== this.version || this.partitionCache.refreshTime !== refreshTime) {
      this.partitionCache = {
        version: this.version,
        refreshTime,
        partitions: buildPartitions({
          instanceId: this.instanceId,
          entity: this.name,
          attributes: this.definition.attributes,
          rows: this.rows,
          refreshTime,
        }),
      };
    }
    return this.partitionCache.partitions;
  }

  assertRetrievable(): void {
    if (this.definition.itemAccess === 'none') {
      throw badRequest(
        'EntityNotRetrievable',
        `Items of entity '${this.name}' cannot be read through the connector; read its partitions instead`,
      );
    }
  }

  private assertWritable(): void {
    this.assertRetrievable();
    if (this.definition.itemAccess !== 'read-write') {
      throw new ApiError(400, 'EntityReadOnly', `Entity '${this.name}' is generated by Customer Insights and cannot be written`);
    }
  }

  /** Deterministic keys for created items: tests and served sessions see the same ids. */
  private newKey(): string | number {
    const type = this.attributes.get(this.definition.key)?.type;
    for (;;) {
      this.generated++;
      const candidate = type === 'integer' || type === 'number' ? this.rows.length + this.generated : syntheticId(this.name, this.generated);
      if (!this.positions.has(String(candidate))) return candidate;
    }
  }
}

/** A 32-hex-digit id (the Customer Insights CustomerId format) derived from entity name and sequence. */
function syntheticId(entity: string, sequence: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = `${entity}#${sequence}`;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(h1)}${hex(h2)}${hex(Math.imul(h1, 31) >>> 0)}${hex(sequence >>> 0)}`;
}

function compact(fields: ItemRow): ItemRow {
  const row: ItemRow = {};
  for (const [name, value] of Object.entries(fields)) if (value !== null && value !== undefined) setMember(row, name, value);
  return row;
}

/**
 * Without `$select` the stored row itself is returned, not a copy: rows are never changed in
 * place (an update stores a new object), and copying 100 rows per page was a measurable share of
 * a served request.
 */
function project(row: ItemRow, select: string[] | undefined): ItemRow {
  if (!select) return row;
  const out: ItemRow = {};
  for (const name of select) if (Object.hasOwn(row, name)) setMember(out, name, row[name]);
  return out;
}

function addToIndex(index: Map<unknown, number[]>, value: unknown, position: number): void {
  if (value === undefined || value === null) return;
  const list = index.get(value);
  if (list) list.push(position);
  else index.set(value, [position]);
}

function removeFromIndex(index: Map<unknown, number[]>, value: unknown, position: number): void {
  const list = index.get(value);
  if (!list) return;
  const at = list.indexOf(position);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) index.delete(value);
}
