/**
 * `GET /instances/{instanceId}/data/{relativePath}`: rows of an entity as `ODataEntityPayload`.
 * `$filter` works on the entity's filterable (indexed) fields only and not at all on ingested
 * source tables; a page holds at most {@link maxPageSize} rows whatever `$top` asks for, so a
 * caller that wants everything pages with `$skip`. `@odata.count` is the number of matching rows.
 */
import { ApiError } from '../../store/errors.js';
import { ODataSyntaxError, parseCount, parseSelect } from '../../odata/index.js';
import { maxPageSize } from '../defaults.js';
import { badRequest, notFound, RestError } from '../errors.js';
import { findTable } from './entity-metadata.js';
import { booleanOption, instanceOf, ok, type Route } from './route.js';


/** Options the fake does not implement answer 501 rather than being ignored silently. */
const unsupported = ['$search', '$orderby', '$expand', '$skiptoken'] as const;

export const route: Route = {
  operationId: 'Get-entities-with-OData-path',
  method: 'GET',
  path: '/instances/{instanceId}/data/{relativePath}',
  errorModel: 'ODataError',
  handle(context) {
    const instance = instanceOf(context);
    const name = context.params['relativePath']!;
    const table = findTable(instance, name);
    if (!table) throw notFound('EntityNotFound', `Entity '${name}' was not found in instance '${instance.store.id}'.`, name);
    if (table.definition.itemAccess === 'none') {
      throw badRequest('EntityNotQueryable', `Entity '${table.name}' cannot be queried through the data API; read its partitions instead.`, name);
    }
    const { query } = context;
    for (const option of unsupported) {
      if (query.get(option)) throw new RestError(501, 'NotImplemented', `The fake REST API does not implement ${option}.`, { target: option });
    }
    booleanOption(query, 'forceSearch', false);
    if (booleanOption(query, 'proxy', false)) {
      throw new RestError(501, 'NotImplemented', 'The fake REST API does not implement proxy=true.', { target: 'proxy' });
    }
    const filter = query.get('$filter') ?? '';
    if (filter.trim() !== '' && table.definition.dataSource) {
      throw badRequest('FilterNotSupported', `$filter is not supported on ingested source entity '${table.name}'.`, '$filter');
    }
    let select: string[] | undefined;
    let top: number | undefined;
    let skip: number | undefined;
    let page;
    let count;
    try {
      select = parseSelect(query.get('$select'), table.name, table.attributes.keys());
      top = parseCount('$top', query.get('$top'));
      skip = parseCount('$skip', query.get('$skip'));
      const start = skip ?? 0;
      const size = Math.min(top ?? maxPageSize, maxPageSize);
      if (filter.trim() === '') {
        // Without a filter the count is the table's size; only the page is read.
        count = table.size;
        page = table.query({ skip: start, top: size, ...(select ? { select } : {}) });
      } else {
        const matching = table.query({ filter });
        count = matching.length;
        page = matching.slice(start, start + size).map((row) => project(row, select));
      }
    } catch (error) {
      if (error instanceof ApiError) throw new RestError(error.status, error.code, error.message, { target: '$filter' });
      if (error instanceof ODataSyntaxError) throw badRequest('InvalidQuery', error.message);
      throw error;
    }
    return ok({
      '@odata.context': `${context.apiUrl}/instances/${instance.store.id}/data/$metadata#${table.name}`,
      '@odata.count': count,
      value: page,
    });
  },
};

function project(row: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return row;
  const out: Record<string, unknown> = {};
  for (const name of select) if (row[name] !== undefined) out[name] = row[name];
  return out;
}
