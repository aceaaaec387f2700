import { LookupList } from '../definitions/LookupList.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

export const ListSegments = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/lookups/segments',
  operationId: 'ListSegments',
  summary: 'List segments',
  description: 'Lists the segments of an instance, for the segment picker.',
  'x-ms-visibility': 'internal',
  parameters: [lookupDatasetParameter],
  responses: { '200': { description: 'The choices.', schema: ref(LookupList) } },
});
