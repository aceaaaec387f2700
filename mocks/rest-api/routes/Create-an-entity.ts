/** `POST /instances/{instanceId}/data/{entityName}`: a real-time write; 201 `CreatedResult`. */
import { instanceOf, type Route } from './route.js';
import { bodyObject, checkValidUntil, storeWrite, writableTable } from './writes.js';

export const route: Route = {
  operationId: 'Create-an-entity',
  method: 'POST',
  path: '/instances/{instanceId}/data/{entityName}',
  errorModel: 'ODataError',
  handle(context) {
    const instance = instanceOf(context);
    const table = writableTable(instance, context.params['entityName']!, 'create');
    checkValidUntil(context);
    const body = bodyObject(context);
    const row = storeWrite(() => table.create(body));
    const key = String(row[table.definition.key]);
    const location = `${context.apiUrl}/instances/${instance.store.id}/data/${encodeURIComponent(table.name)}/${encodeURIComponent(key)}`;
    return {
      status: 201,
      headers: { Location: location },
      body: { location, value: row, formatters: [], contentTypes: [], statusCode: 201 },
    };
  },
};
