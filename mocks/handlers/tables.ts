/** Shared shapes of the `Table` definition for entities and partitions. */
import type { Partition } from '../store/partitions.js';
import type { EntityTable } from '../store/table.js';

export function entityTable(table: EntityTable) {
  return {
    Name: table.name,
    DisplayName: table.definition.displayName,
    DynamicProperties: {
      entityType: table.definition.entityType,
      itemAccess: table.definition.itemAccess,
      rowCount: table.size,
      filterableFields: [...table.filterable],
      ...(table.definition.dataSource ? { dataSource: table.definition.dataSource } : {}),
    },
  };
}

export function partitionTable(partition: Partition) {
  return {
    Name: partition.name,
    DisplayName: partition.displayName,
    DynamicProperties: {
      location: partition.location,
      refreshTime: partition.refreshTime,
      rowCount: partition.rowCount,
      size: partition.content.length,
      fileFormat: 'csv',
      hasHeader: false,
    },
  };
}
