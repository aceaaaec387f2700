/**
 * `IC360EntityModel.entities[]` as the connector's `Table` objects, shared by GetEntities and
 * ListEntities.
 */
import { restPath, readEntity, unexpectedShape, isRecord, type Call, type EntityMetadata, type MappingContext } from './context.js';

/**
 * Entity types whose rows the REST API's `/data` route does not serve: conflation work tables and
 * lineage. They are listed by Get entities (their partitions can still be read) but not offered by
 * the item operations' entity picker.
 */
export const notItemReadableTypes: ReadonlySet<string> = new Set([
  'conflationMap',
  'selfConflation',
  'conflationManualReview',
  'selfConflationManualReview',
  'corrupt',
  'dataLineage',
]);

export async function listEntities(ctx: MappingContext, call: Call, dataset: string): Promise<EntityMetadata[]> {
  const answer = await call.rest({ method: 'GET', path: restPath(ctx.routes.entities, { instanceId: dataset }), instanceId: dataset });
  if (!isRecord(answer.body) || !Array.isArray(answer.body['entities'])) throw unexpectedShape('the entity model');
  return answer.body['entities'].map((entity, i) => readEntity(entity, `entity #${i}`));
}

export function isItemReadable(entity: EntityMetadata): boolean {
  return !notItemReadableTypes.has(entity.entityType ?? '');
}

/** The REST API's data routes take the qualified name (`DataSource_Entity`) where there is one. */
export function entityTableName(entity: EntityMetadata): string {
  return entity.qualifiedEntityName ?? entity.name;
}

export function entityTable(entity: EntityMetadata) {
  const key = entity.keys[0]?.[0]?.name;
  return {
    Name: entityTableName(entity),
    DisplayName: entity.dataSourceName ? `${entity.name} (${entity.dataSourceName})` : entity.name,
    DynamicProperties: {
      ...(entity.entityType ? { entityType: entity.entityType } : {}),
      itemAccess: isItemReadable(entity) ? 'read' : 'none',
      ...(key ? { key } : {}),
      ...(entity.dataSourceName ? { dataSource: entity.dataSourceName } : {}),
      partitionCount: entity.partitions.length,
    },
  };
}
