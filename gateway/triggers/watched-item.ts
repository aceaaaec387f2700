/**
 * The segment or measure a threshold subscription watches must exist (and a measure be scalar, the
 * only kind with one value): checked at subscribe time with the subscriber's own token, so a flow
 * with a wrong name fails when it is saved instead of never firing. The name is stored as the REST
 * API spells it. A process trigger's process must be one of the workflow's operation types.
 */
import { ApiError } from '../../mocks/index.js';
import type { RestRoutes } from '../config.js';
import { restPath } from '../mappings/context.js';
import { isScalarMeasure } from '../mappings/ListMeasures.js';
import type { TriggerKind, TriggerParameters } from '../store/index.js';
import type { UpstreamClient } from '../upstream/client.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The workflow's operation types (`GraphTaskInfo.operationType` in the code model): what the process picker offers. */
export const operationTypes: readonly string[] = [
  'none', 'ingestion', 'derivedEntity', 'hierarchy', 'dataPreparation', 'map', 'realtimeM3Search', 'match', 'merge', 'profileStore', 'search', 'activity',
  'contact', 'attributeMeasures', 'entityMeasures', 'measures', 'segmentation', 'segmentMembership', 'enrichment', 'preEnrichment', 'transform',
  'intelligence', 'aiBuilder', 'insights', 'export', 'modelManagement', 'relationship', 'roleAssignment', 'analysis', 'semanticEntity', 'all',
];

/** A process trigger's process is an operation type, spelled as the REST API does; 400 otherwise. */
export function checkedProcess(process: string): string {
  const found = operationTypes.find((type) => type.toLowerCase() === process.toLowerCase());
  if (!found) throw new ApiError(400, 'UnknownProcess', `'${process}' is not a process of the refresh workflow; use one the process picker lists (${operationTypes.filter((t) => t !== 'none').join(', ')})`);
  return found;
}

export async function checkWatchedItem(
  upstream: UpstreamClient,
  routes: RestRoutes,
  call: { token: string; instanceId: string; correlationId?: string },
  kind: TriggerKind,
  parameters: TriggerParameters,
): Promise<TriggerParameters> {
  if (kind === 'processcompleted' && parameters.process !== undefined) return { ...parameters, process: checkedProcess(parameters.process) };
  const watched = kind === 'segmentthresholdcrossed' ? { name: parameters.segment, route: routes.segments, what: 'segment' } : kind === 'measurethresholdcrossed' ? { name: parameters.measure, route: routes.measures, what: 'measure' } : undefined;
  if (!watched || watched.name === undefined) return parameters;
  const answer = await upstream.request({
    method: 'GET',
    path: restPath(watched.route, { instanceId: call.instanceId }),
    token: call.token,
    instanceId: call.instanceId,
    ...(call.correlationId ? { correlationId: call.correlationId } : {}),
  });
  const items = Array.isArray(answer.body) ? answer.body.filter(isRecord) : [];
  const wanted = watched.name.toLowerCase();
  const found = items.find((item) => typeof item['name'] === 'string' && item['name'].toLowerCase() === wanted);
  if (!found) throw new ApiError(404, watched.what === 'segment' ? 'SegmentNotFound' : 'MeasureNotFound', `The instance has no ${watched.what} named '${watched.name}'`);
  if (watched.what === 'measure' && !isScalarMeasure(found)) {
    throw new ApiError(400, 'MeasureNotScalar', `The measure '${watched.name}' has dimensions; the threshold trigger watches measures with a single value only`);
  }
  const name = found['name'] as string;
  return watched.what === 'segment' ? { ...parameters, segment: name } : { ...parameters, measure: name };
}
