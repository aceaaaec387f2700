/** `GET /instances/{instanceId}/manage/measures`: `MeasureMetadata[]`, scalar and non-scalar. */
import { measureMetadata } from './measure-metadata.js';
import { booleanOption, instanceOf, ok, type Route } from './route.js';

export const route: Route = {
  operationId: 'Get-a-list-of-measures-metadata',
  method: 'GET',
  path: '/instances/{instanceId}/manage/measures',
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    // Accepted and checked; the sample data has no measure templates.
    booleanOption(context.query, 'templateSummaryIncluded', false);
    return ok([...instance.store.measures.keys()].map((name) => measureMetadata(context, instance, name, { history: false })));
  },
};
