import { TablesList } from '../definitions/TablesList.js';
import { defineAction, ref } from '../kit/index.js';
import { datasetParameter, itemOperationTexts } from '../parameters.js';

export const GetEntities = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables',
  operationId: 'GetEntities',
  summary: 'Get entities',
  description: 'This operation gets entities from an instance',
  'x-ms-visibility': 'advanced',
  parameters: [datasetParameter(itemOperationTexts.dataset)],
  responses: { '200': { description: 'Represents a list of tables.', schema: ref(TablesList) } },
});
