/** `GET /instances/{instanceId}/manage/measures/{measureName}`: one `MeasureMetadata`, with `outputHistory` on request. */
import { RestError } from '../errors.js';
import { ApiError } from '../../store/errors.js';
import { measureMetadata } from './measure-metadata.js';
import { instanceOf, ok, type Route } from './route.js';

export const route: Route = {
  operationId: 'Get-metadata-for-a-measure',
  method: 'GET',
  path: '/instances/{instanceId}/manage/measures/{measureName}',
  errorModel: 'ApiErrorResult',
  handle(context) {
    const instance = instanceOf(context);
    const name = context.params['measureName']!;
    try {
      return ok(measureMetadata(context, instance, name, { history: true }));
    } catch (error) {
      if (error instanceof ApiError) throw new RestError(error.status, error.code, error.message, { target: name });
      throw error;
    }
  },
};
