/** `GET /instances/{instanceId}/manage/entities/{entityName}`: one `IEntityMetadata`. */
import { notFound } from '../errors.js';
import { entityMetadata, findTable } from './entity-metadata.js';
import { booleanOption, instanceOf, ok, type Route } from './route.js';

export const route: Route = {
  operationId: 'Get-entity-metadata',
  method: 'GET',
  path: '/instances/{instanceId}/manage/entities/{entityName}',
  aliases: ['/instances/{instanceId}/manage/tables/{entityName}'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    booleanOption(context.query, 'attributesAnnotations', false);
    const name = context.params['entityName']!;
    const table = findTable(instance, name);
    if (!table) throw notFound('EntityMetadataNotFoundForEntity', `Entity '${name}' was not found in instance '${instance.store.id}'.`, name);
    return ok(entityMetadata(context, instance, table));
  },
};
