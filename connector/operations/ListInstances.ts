import { DataSetsList } from '../definitions/DataSetsList.js';
import { defineAction, ref } from '../kit/index.js';

export const ListInstances = defineAction({
  method: 'get',
  path: '/datasets',
  operationId: 'ListInstances',
  summary: 'List instances',
  description: 'Lists the Customer Insights instances the connection can reach, for the instance picker.',
  'x-ms-visibility': 'internal',
  responses: { '200': { description: 'The instances.', schema: ref(DataSetsList) } },
});
