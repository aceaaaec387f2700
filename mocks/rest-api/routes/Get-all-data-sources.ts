/** `GET /instances/{instanceId}/manage/datasources`: `DataSourceInfo[]` with refresh state per data source. */
import type { FakeInstance } from '../state.js';
import { instanceOf, ok, type Route } from './route.js';

export function dataSourceInfo(instance: FakeInstance, id: string): Record<string, unknown> {
  const source = instance.store.dataSource(id);
  const refresh = instance.dataSourceRefresh.get(source.id) ?? { lastRefresh: instance.store.refreshTime, refreshState: 'updated' };
  return {
    dataSourceMetadata: {
      kind: 'powerQuery',
      isActive: true,
      entityNames: source.entities,
      entitiesCount: source.entities.length,
      dataSourceId: source.id,
      name: source.name,
      friendlyName: source.displayName,
      provisioningState: 'active',
      lastRefresh: refresh.lastRefresh,
      refreshState: refresh.refreshState,
      version: 1,
      createdUtc: instance.createdUtc,
      updatedUtc: refresh.lastRefresh,
      instanceId: instance.store.id,
    },
  };
}

export const route: Route = {
  operationId: 'Get-all-data-sources',
  method: 'GET',
  path: '/instances/{instanceId}/manage/datasources',
  aliases: ['/instances/{instanceId}/manage/datasources/v2'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    return ok(instance.store.dataSources.map((d) => dataSourceInfo(instance, d.id)));
  },
};
