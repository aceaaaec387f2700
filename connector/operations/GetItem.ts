import { defineAction } from '../kit/index.js';
import { datasetParameter, itemIdParameter, itemOperationTexts, tableParameter } from '../parameters.js';
import { itemShape } from './item-shapes.js';

export const GetItem = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables/{table}/items/{id}',
  operationId: 'GetItem',
  summary: 'Get item',
  description: 'This operation gets an item from an entity',
  'x-ms-visibility': 'important',
  parameters: [datasetParameter(itemOperationTexts.dataset), tableParameter(itemOperationTexts.table), itemIdParameter()],
  responses: { '200': { description: 'The item.', schema: itemShape('item') } },
});
