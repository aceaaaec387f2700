/** `GET /instances`: the instances the caller may read, as `InstanceInfo[]`. */
import { canRead } from '../access.js';
import type { FakeInstance } from '../state.js';
import { ok, type Route } from './route.js';

/** Region fields are synthetic; the real service names its own scale units. */
export const fakeRegion = { azureRegion: 'westus2', scaleUnitId: 'fake-scale-unit-01' } as const;

export function instanceInfo(instance: FakeInstance): Record<string, unknown> {
  return {
    instanceId: instance.store.id,
    name: instance.store.displayName,
    instanceType: instance.instanceType,
    scaleUnitId: fakeRegion.scaleUnitId,
    azureRegion: fakeRegion.azureRegion,
  };
}

export const route: Route = {
  operationId: 'Get-all-instances',
  method: 'GET',
  path: '/instances',
  errorModel: 'ApiErrorResult',
  handle: ({ state, identity }) => ok([...state.instances.values()].filter((i) => canRead(i, identity)).map(instanceInfo)),
};
