/**
 * The in-memory backend: instances with their entities, segments, measures, processes, report
 * types and data sources, plus webhook subscriptions and received status reports.
 */
import type { Clock } from './clock.js';
import { notFound, badRequest } from './errors.js';
import type {
  BackendData,
  DataSourceDefinition,
  InstanceDefinition,
  ItemRow,
  LookupEntry,
  MeasureDefinition,
  SegmentDefinition,
} from './model.js';
import { defaultLimits, type BackendLimits } from './limits.js';
import { SubscriptionRegistry } from './subscriptions.js';
import { EntityTable } from './table.js';

export interface SegmentState extends SegmentDefinition {
  count: number;
}

export interface StatusReport {
  instance: string;
  reportType: string;
  version: 1 | 2;
  connection: string;
  receivedAt: string;
}

/** Case-insensitive lookup by Name with an exact match preferred; pickers send Names verbatim. */
function lookup<T extends { name: string }>(items: ReadonlyMap<string, T>, name: string): T | undefined {
  return items.get(name) ?? [...items.values()].find((item) => item.name.toLowerCase() === name.toLowerCase());
}

export class Instance {
  readonly id: string;
  readonly displayName: string;
  readonly tables = new Map<string, EntityTable>();
  readonly segments = new Map<string, SegmentState>();
  readonly measures = new Map<string, MeasureDefinition>();
  readonly processes: LookupEntry[];
  readonly reportTypes: LookupEntry[];
  readonly dataSources: DataSourceDefinition[];
  /** Refresh versions per data source id (DataSource.RefreshObjectVersion). */
  readonly refreshVersions = new Map<string, number>();
  refreshTime: string;

  constructor(definition: InstanceDefinition, limits: BackendLimits = defaultLimits) {
    this.id = definition.id;
    this.displayName = definition.displayName;
    this.refreshTime = definition.refreshTime;
    for (const entity of definition.entities) {
      this.tables.set(entity.name, new EntityTable(entity, definition.id, () => this.refreshTime, limits));
    }
    for (const measure of definition.measures) this.measures.set(measure.name, { ...measure });
    this.processes = definition.processes;
    this.reportTypes = definition.reportTypes;
    this.dataSources = definition.dataSources;
    for (const segment of definition.segments) {
      if (segment.count === undefined && !segment.filter) {
        throw badRequest('InvalidData', `Segment '${segment.name}' needs either a count or a filter`);
      }
      this.segments.set(segment.name, { ...segment, count: segment.count ?? 0 });
    }
    if (definition.segments.some((s) => s.filter)) {
      for (const [name, count] of this.evaluateSegments()) {
        const segment = this.segments.get(name)!;
        if (definition.segments.find((s) => s.name === name)?.count === undefined) segment.count = count;
      }
    }
  }

  table(name: string): EntityTable {
    const table = this.tables.get(name);
    if (!table) {
      const hint = [...this.tables.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
      throw notFound(
        'EntityNotFound',
        `Entity '${name}' not found in instance '${this.id}'` + (hint ? ` (did you mean '${hint}'?)` : ''),
      );
    }
    return table;
  }

  segment(name: string): SegmentState {
    const segment = lookup(this.segments, name);
    if (!segment) throw notFound('SegmentNotFound', `Segment '${name}' not found in instance '${this.id}'`);
    return segment;
  }

  measure(name: string): MeasureDefinition {
    const measure = lookup(this.measures, name);
    if (!measure) throw notFound('MeasureNotFound', `Measure '${name}' not found in instance '${this.id}'`);
    return measure;
  }

  process(name: string): LookupEntry {
    const process = this.processes.find((p) => p.Name === name) ?? this.processes.find((p) => p.Name.toLowerCase() === name.toLowerCase());
    if (!process) {
      throw notFound('ProcessNotFound', `Process '${name}' not found; known processes: ${this.processes.map((p) => p.Name).join(', ')}`);
    }
    return process;
  }

  reportType(name: string): LookupEntry {
    const type = this.reportTypes.find((t) => t.Name === name) ?? this.reportTypes.find((t) => t.Name.toLowerCase() === name.toLowerCase());
    if (!type) {
      throw notFound('ReportTypeNotFound', `Report type '${name}' not found; known report types: ${this.reportTypes.map((t) => t.Name).join(', ')}`);
    }
    return type;
  }

  dataSource(nameOrId: string): DataSourceDefinition {
    const source = this.dataSources.find((d) => d.id === nameOrId || d.name === nameOrId)
      ?? this.dataSources.find((d) => d.name.toLowerCase() === nameOrId.toLowerCase());
    if (!source) {
      throw notFound('DataSourceNotFound', `Data source '${nameOrId}' not found; known data sources: ${this.dataSources.map((d) => d.name).join(', ')}`);
    }
    return source;
  }

  /** Members of a segment with a definition: distinct CustomerIds of the matching rows. */
  segmentMembers(segment: SegmentDefinition): Set<string> {
    if (!segment.filter) return new Set();
    const table = this.table(segment.entity);
    return new Set(table.matching(segment.filter).map((row) => String(row['CustomerId'] ?? row[table.definition.key])));
  }

  /**
   * Re-evaluates every segment that has a definition and rebuilds the Segments membership entity
   * (when the instance has one). Returns the new counts; callers decide what crossings mean.
   */
  evaluateSegments(): Map<string, number> {
    const counts = new Map<string, number>();
    const membership = new Map<string, string[]>();
    for (const segment of this.segments.values()) {
      if (!segment.filter) continue;
      const members = this.segmentMembers(segment);
      counts.set(segment.name, members.size);
      for (const id of members) {
        const list = membership.get(id);
        if (list) list.push(segment.name);
        else membership.set(id, [segment.name]);
      }
    }
    const segmentsTable = this.tables.get('Segments');
    if (segmentsTable) {
      const rows: ItemRow[] = [...membership].map(([CustomerId, names]) => ({ CustomerId, Segments: names.join(','), SegmentCount: names.length }));
      segmentsTable.replaceAll(rows);
    }
    return counts;
  }
}

/** Status reports are only ever inspected by tests: the latest thousand is plenty, and memory stays bounded. */
export const MAX_STATUS_REPORTS = 1000;

export class Store {
  readonly instances = new Map<string, Instance>();
  readonly subscriptions: SubscriptionRegistry;
  /** The most recent status reports, oldest first; at most {@link MAX_STATUS_REPORTS} are kept. */
  readonly statusReports: StatusReport[] = [];

  constructor(
    data: BackendData,
    readonly clock: Clock,
    readonly limits: BackendLimits = defaultLimits,
  ) {
    for (const definition of data.instances) this.instances.set(definition.id, new Instance(definition, limits));
    this.subscriptions = new SubscriptionRegistry(() => clock.now(), limits);
  }

  /** Records a status report, forgetting the oldest once {@link MAX_STATUS_REPORTS} are held. */
  recordStatusReport(report: StatusReport): void {
    if (this.statusReports.length >= MAX_STATUS_REPORTS) this.statusReports.splice(0, this.statusReports.length - MAX_STATUS_REPORTS + 1);
    this.statusReports.push(report);
  }

  instance(id: string): Instance {
    const instance = this.instances.get(id);
    if (!instance) throw notFound('InstanceNotFound', `Instance '${id}' not found`);
    return instance;
  }
}
