import type { PathParameter } from '../kit/index.js';

/** The instance parameter of the internal picker operations (no picker of its own: the caller passes it on). */
export const lookupDatasetParameter: PathParameter = {
  name: 'dataset',
  in: 'path',
  required: true,
  type: 'string',
  description: 'Identifier of an instance',
  'x-ms-summary': 'instanceId',
  'x-ms-url-encoding': 'single',
};
