/**
 * The shape of the data the mock backend serves: plain, serialisable objects that a data set
 * (mocks/data) produces and the store (mocks/store) loads. Field names follow the Customer Insights
 * metadata API (entity and attribute metadata) where one exists.
 */
import type { FieldType } from '../odata/index.js';

export type AttributeType = FieldType;

/** One column of an entity. */
export interface AttributeDefinition {
  name: string;
  displayName: string;
  type: AttributeType;
  /** Customer Insights semantic type, e.g. `PersonFirstName`, `IdentityServiceEmail`. */
  semanticType?: string;
  /** Indexed for search in the instance; on Customer this makes the field usable in `$filter`. */
  indexed?: boolean;
}

/** How far the connector's item operations reach into an entity. */
export type ItemAccess =
  /** Get items, get item, create, update. */
  | 'read-write'
  /** Get items and get item only (system-generated entities such as Segments). */
  | 'read-only'
  /** Listed by "Get entities" and readable through partitions, but not through item operations. */
  | 'none';

export type ItemRow = Record<string, unknown>;

export interface EntityDefinition {
  name: string;
  displayName: string;
  /** Customer Insights entity type: profile, unifiedActivity, activity, segmentMembership, conflationMap, … */
  entityType: string;
  /** The attribute that identifies an item (the `{id}` of Get item / Update item). */
  key: string;
  attributes: AttributeDefinition[];
  itemAccess: ItemAccess;
  /** Name of the data source that ingests this entity, when it is a source entity. */
  dataSource?: string;
  /** Rows; values of absent fields are left out rather than stored as null. */
  rows: ItemRow[];
}

/** A segment; `filter` (OData, over `entity`) lets the store re-evaluate its member count. */
export interface SegmentDefinition {
  name: string;
  displayName: string;
  entity: string;
  filter?: string;
  /** Current member count; computed from `filter` when omitted. */
  count?: number;
}

export interface MeasureDefinition {
  name: string;
  displayName: string;
  /** Measures with dimensions exist but cannot drive the threshold trigger. */
  dimensions: string[];
  value: number;
  /** Unit shown after the value in `ValueDisplayName`, e.g. `points`. */
  unit?: string;
}

export interface DataSourceDefinition {
  id: string;
  name: string;
  displayName: string;
  entities: string[];
}

export interface LookupEntry {
  Name: string;
  DisplayName: string;
}

export interface InstanceDefinition {
  /** Instance id (`dataset`). Sample data uses obviously synthetic GUIDs. */
  id: string;
  displayName: string;
  /** When partitions were last written (ISO 8601). */
  refreshTime: string;
  entities: EntityDefinition[];
  segments: SegmentDefinition[];
  measures: MeasureDefinition[];
  processes: LookupEntry[];
  reportTypes: LookupEntry[];
  dataSources: DataSourceDefinition[];
}

export interface BackendData {
  instances: InstanceDefinition[];
}
