/** `GET /instances/{instanceId}/manage/entities`: `IC360EntityModel` with every entity's metadata. */
import { entityMetadata } from './entity-metadata.js';
import { booleanOption, instanceOf, ok, type Route } from './route.js';

export const route: Route = {
  operationId: 'Get-all-entity-metadata',
  method: 'GET',
  path: '/instances/{instanceId}/manage/entities',
  aliases: ['/instances/{instanceId}/manage/tables'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    // Accepted for fidelity; the sample data has no annotations, quarantined or self-conflated entities.
    booleanOption(context.query, 'attributesAnnotations', false);
    booleanOption(context.query, 'includeQuarantined', false);
    booleanOption(context.query, 'includeSelfConflatedEntity', false);
    return ok({
      instanceId: instance.store.id,
      entities: [...instance.store.tables.values()].map((table) => entityMetadata(context, instance, table)),
    });
  },
};
