/**
 * A measure as `MeasureMetadata`. A measure without dimensions is scalar (`definition.isScalar`)
 * and has an `output` (`ScalarOutput`, values as strings keyed by the measure name); one with
 * dimensions is an entity of rows and has none.
 */
import type { FakeInstance } from '../state.js';
import { requestedHistory } from './history.js';
import type { RouteContext } from './route.js';

export function measureMetadata(
  context: RouteContext,
  instance: FakeInstance,
  name: string,
  options: { history: boolean },
): Record<string, unknown> {
  const measure = instance.store.measure(name);
  const evaluations = instance.measureEvaluations.get(measure.name) ?? [];
  const latest = evaluations[evaluations.length - 1] ?? { time: instance.store.refreshTime, value: measure.value };
  const isScalar = measure.dimensions.length === 0;
  const output = (e: { time: string; value: number }) => ({ values: { [measure.name]: String(e.value) }, measureName: measure.name, evaluationTime: e.time });
  const out: Record<string, unknown> = {
    displayName: measure.displayName,
    name: measure.name,
    definition: {
      kind: isScalar ? 'attribute' : 'entity',
      isScalar,
      dimensions: measure.dimensions.map((field, order) => ({ field, alias: field, displayName: field, order, bucket: 'none' })),
      type: 'structured',
      isProfile: false,
    },
    latestEvaluation: { state: 'completed', endTime: latest.time },
    evaluationStats: { lastSuccessful: latest.time, consecutiveFailureCount: 0 },
    isTemplate: false,
    version: evaluations.length,
    createdUtc: instance.createdUtc,
    updatedUtc: instance.createdUtc,
    instanceId: instance.store.id,
  };
  if (isScalar) out['output'] = output(latest);
  if (options.history && isScalar) {
    const history = requestedHistory(context, evaluations);
    if (history) out['outputHistory'] = history.map(output);
  }
  return out;
}
