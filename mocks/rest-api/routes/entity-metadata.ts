/** An entity of the store as the code model's `IEntityMetadata` (with `IAttributeMetadata`, `PartitionMetadata`). */
import type { AttributeDefinition, AttributeType } from '../../store/model.js';
import type { EntityTable } from '../../store/table.js';
import { attributeSemanticTypes } from '../schema.js';
import type { FakeInstance } from '../state.js';
import type { RouteContext } from './route.js';

/** CDM data type names, as the service reports `dataType`. */
export const cdmDataTypes: Readonly<Record<AttributeType, string>> = {
  string: 'String',
  integer: 'Int64',
  number: 'Double',
  boolean: 'Boolean',
  'date-time': 'DateTime',
  date: 'Date',
};

/** Customer Insights writes partitions as headerless, fully quoted CSV (model.json `CsvFormatSettings`). */
const csvFormatSettings = {
  $type: 'CsvFormatSettings',
  columnHeaders: false,
  delimiter: ',',
  quoteStyle: 'QuoteStyle.Csv',
  csvStyle: 'CsvStyle.QuoteAlways',
  encoding: 'UTF-8',
} as const;

/** The dataflow that produces each kind of entity. */
function dataflowType(table: EntityTable): string {
  if (table.definition.dataSource) return 'powerQuery';
  switch (table.definition.entityType) {
    case 'profile':
      return 'conflationResolveConflicts';
    case 'unifiedActivity':
      return 'unifiedActivity';
    case 'segmentMembership':
      return 'segmentMembership';
    case 'conflationMap':
      return 'conflationMatchPairs';
    default:
      return 'derivedEntity';
  }
}

function attributeMetadata(attribute: AttributeDefinition, filterable: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: attribute.name,
    friendlyName: attribute.displayName,
    baseName: attribute.name,
    dataType: cdmDataTypes[attribute.type],
  };
  // Sample data uses a few semantic types the service's enumeration lacks (CustomerId, …): those are left out.
  if (attribute.semanticType && attributeSemanticTypes.has(attribute.semanticType)) out['semanticType'] = attribute.semanticType;
  out['searchProperties'] = {
    isSearchable: attribute.indexed === true,
    isFilterable: filterable.includes(attribute.name),
    isFacetable: false,
    isSortable: false,
  };
  return out;
}

/** Source entities are named `DataSource_Entity` already; unified entities keep their own name. */
export function entityMetadata(context: RouteContext, instance: FakeInstance, table: EntityTable): Record<string, unknown> {
  const definition = table.definition;
  const filterable = definition.dataSource ? [] : table.filterable;
  const attributes = definition.attributes.map((a) => attributeMetadata(a, filterable));
  const key = attributes.find((a) => a['name'] === definition.key);
  const source = definition.dataSource ? instance.store.dataSources.find((d) => d.name === definition.dataSource) : undefined;
  const out: Record<string, unknown> = {
    name: definition.name,
    qualifiedEntityName: definition.name,
    dataSourceName: definition.dataSource ?? 'CustomerInsights',
    dataflowType: dataflowType(table),
    entityType: definition.entityType,
    attributes,
    keys: key ? [[key]] : [],
    relationships: [],
    refreshTime: instance.store.refreshTime,
    partitions: table.partitions().map((p) => ({
      name: p.name,
      location: context.partitionLocation(instance.store.id, definition.name, p.name),
      refreshTime: p.refreshTime,
      fileFormatSettings: csvFormatSettings,
      isCIGenerated: !definition.dataSource,
      forceSasAuth: true,
      hasHeader: false,
    })),
  };
  if (source) out['datasourceId'] = source.id;
  const timestamp = definition.attributes.find((a) => a.name === 'ActivityTime');
  if (timestamp) out['timestampAttribute'] = attributeMetadata(timestamp, filterable);
  return out;
}

/** Looks an entity up by name or qualified name, exact first, then case-insensitively. */
export function findTable(instance: FakeInstance, name: string): EntityTable | undefined {
  const tables = instance.store.tables;
  return tables.get(name) ?? [...tables.values()].find((t) => t.name.toLowerCase() === name.toLowerCase());
}
