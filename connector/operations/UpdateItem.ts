import { defineAction } from '../kit/index.js';
import { datasetParameter, itemIdParameter, itemOperationTexts, tableParameter } from '../parameters.js';
import { itemShape } from './item-shapes.js';

export const UpdateItem = defineAction({
  method: 'patch',
  path: '/datasets/{dataset}/tables/{table}/items/{id}',
  operationId: 'UpdateItem',
  summary: 'Update item (Preview)',
  description: 'This operation updates an item on an entity',
  'x-ms-visibility': 'important',
  'x-ms-api-annotation': { status: 'Preview' },
  parameters: [
    datasetParameter(itemOperationTexts.dataset),
    tableParameter(itemOperationTexts.table),
    itemIdParameter(),
    { name: 'item', in: 'body', required: true, description: 'Record to update', 'x-ms-summary': 'recordItem', schema: itemShape('item') },
  ],
  responses: { '200': { description: 'The updated item.', schema: itemShape('item') } },
});
