import { LookupList } from '../definitions/LookupList.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

export const ListProcesses = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/lookups/processes',
  operationId: 'ListProcesses',
  summary: 'List processes',
  description: 'Lists the refresh processes of an instance, for the process picker.',
  'x-ms-visibility': 'internal',
  parameters: [lookupDatasetParameter],
  responses: { '200': { description: 'The choices.', schema: ref(LookupList) } },
});
