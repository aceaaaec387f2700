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

/**
 * The data source of an ingested entity: its qualified name is `DataSource_Entity`. Unified
 * entities (Customer, UnifiedActivity, …) name the instance itself as their source, which says nothing.
 */
export function sourceOf(entity: EntityMetadata): string | undefined {
  const source = entity.dataSourceName;
  return source && entityTableName(entity).startsWith(`${source}_`) ? source : undefined;
}

export function entityTable(entity: EntityMetadata) {
  const key = entity.keys[0]?.[0]?.name;
  const source = sourceOf(entity);
  const name = entityTableName(entity);
  return {
    Name: name,
    // "loyCustomers (LoyaltyScheme)" for a qualified LoyaltyScheme_loyCustomers; a name that is already qualified stays as it is.
    DisplayName: source && entity.name !== name ? `${entity.name} (${source})` : entity.name,
    DynamicProperties: {
      ...(entity.entityType ? { entityType: entity.entityType } : {}),
      itemAccess: isItemReadable(entity) ? 'read' : 'none',
      ...(key ? { key } : {}),
      ...(source ? { dataSource: source } : {}),
      partitionCount: entity.partitions.length,
    },
  };
}
