/** `IEntityMetadata.partitions[]` (`PartitionMetadata`) as the connector's `Table` objects. */
import type { EntityMetadata, PartitionMetadata } from './context.js';

export function partitionName(partition: PartitionMetadata, index: number): string {
  return partition.name && partition.name !== '' ? partition.name : `partition-${index + 1}`;
}

export function partitionTable(partition: PartitionMetadata, index: number) {
  return {
    Name: partitionName(partition, index),
    DisplayName: partitionName(partition, index),
    DynamicProperties: {
      ...(partition.location !== undefined ? { location: partition.location } : {}),
      ...(partition.refreshTime !== undefined ? { refreshTime: partition.refreshTime } : {}),
      ...(partition.hasHeader !== undefined ? { hasHeader: partition.hasHeader } : {}),
      ...(partition.isCIGenerated !== undefined ? { isCIGenerated: partition.isCIGenerated } : {}),
      ...(partition.fileFormatSettings !== undefined ? { fileFormatSettings: partition.fileFormatSettings } : {}),
    },
  };
}

/** The CSV header line of the entity's partitions: its attribute names in order. */
export function csvHeader(entity: EntityMetadata): string {
  return entity.attributes.map((a) => (/[",\r\n]/.test(a.name) ? `"${a.name.replaceAll('"', '""')}"` : a.name)).join(',');
}
