/**
 * `GET /instances/{instanceId}/manage/segments`: `SegmentMetadata[]`; the current member count is
 * `evaluationStatus.entityCount`, and `includeHistoricStats=true` adds `evaluationStatusHistory`.
 */
import type { FakeInstance } from '../state.js';
import { requestedHistory } from './history.js';
import { instanceOf, integerOption, ok, type Route, type RouteContext } from './route.js';

export function segmentMetadata(context: RouteContext, instance: FakeInstance, name: string): Record<string, unknown> {
  const segment = instance.store.segment(name);
  const evaluations = instance.segmentEvaluations.get(segment.name) ?? [];
  const latest = evaluations[evaluations.length - 1];
  const out: Record<string, unknown> = {
    kind: 'default',
    name: segment.name,
    friendlyName: segment.displayName,
    state: 'active',
    evaluationStatus: {
      jobStatus: 'CompletedSuccess',
      evaluationDate: latest?.time ?? instance.store.refreshTime,
      entityCount: latest?.value ?? segment.count,
    },
    version: evaluations.length,
    createdUtc: instance.createdUtc,
    updatedUtc: instance.createdUtc,
    instanceId: instance.store.id,
  };
  const history = requestedHistory(context, evaluations);
  if (history) {
    out['evaluationStatusHistory'] = history.map((e) => ({ evaluationDate: e.time, entityCount: e.value, jobStatus: 'CompletedSuccess' }));
  }
  return out;
}

export const route: Route = {
  operationId: 'Get-all-segments',
  method: 'GET',
  path: '/instances/{instanceId}/manage/segments',
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    // Accepted and checked; every segment is listed.
    integerOption(context.query, 'numberOfSegments');
    return ok([...instance.store.segments.keys()].map((name) => segmentMetadata(context, instance, name)));
  },
};
