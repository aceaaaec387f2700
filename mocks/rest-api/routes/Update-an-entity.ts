/** `PATCH /instances/{instanceId}/data/{entityName}/{entityId}`: a real-time update; 204, no body. */
import { notFound } from '../errors.js';
import { instanceOf, type Route } from './route.js';
import { bodyObject, checkValidUntil, storeWrite, writableTable } from './writes.js';

export const route: Route = {
  operationId: 'Update-an-entity',
  method: 'PATCH',
  path: '/instances/{instanceId}/data/{entityName}/{entityId}',
  errorModel: 'ODataError',
  handle(context) {
    const instance = instanceOf(context);
    const table = writableTable(instance, context.params['entityName']!, 'update');
    const id = context.params['entityId']!;
    if (!table.get(id)) throw notFound('EntityNotFound', `No ${table.name} with ${table.definition.key} '${id}'.`, id);
    checkValidUntil(context);
    const body = bodyObject(context);
    storeWrite(() => table.update(id, body));
    return { status: 204 };
  },
};
