import { LookupList } from '../definitions/LookupList.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

export const ListMeasures = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/lookups/measures',
  operationId: 'ListMeasures',
  summary: 'List measures',
  description: 'Lists the business measures without dimensions of an instance, for the measure picker.',
  'x-ms-visibility': 'internal',
  parameters: [lookupDatasetParameter],
  responses: { '200': { description: 'The choices.', schema: ref(LookupList) } },
});
