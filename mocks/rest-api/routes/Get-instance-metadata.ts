/** `GET /instances/{instanceId}`: `InstanceMetadata`. */
import { fakeRegion } from './Get-all-instances.js';
import { instanceOf, ok, type Route } from './route.js';

export const route: Route = {
  operationId: 'Get-instance-metadata',
  method: 'GET',
  path: '/instances/{instanceId}',
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    return ok({
      instanceId: instance.store.id,
      name: instance.store.displayName,
      instanceType: instance.instanceType,
      provisioningState: 'active',
      refreshSchedule: { isActive: true, timezoneId: 'UTC', cronSchedules: ['30 6 * * *'], instanceId: instance.store.id },
      region: fakeRegion.azureRegion,
      azureRegion: fakeRegion.azureRegion,
      isB2B: false,
      isB2C: true,
      version: 1,
      createdUtc: instance.createdUtc,
      updatedUtc: instance.createdUtc,
    });
  },
};
