import { LookupList } from '../definitions/LookupList.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

export const ListReportTypes = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/lookups/reporttypes',
  operationId: 'ListReportTypes',
  summary: 'List report types',
  description: 'Lists the status report types of an instance, for the report type picker.',
  'x-ms-visibility': 'internal',
  parameters: [lookupDatasetParameter],
  responses: { '200': { description: 'The choices.', schema: ref(LookupList) } },
});
