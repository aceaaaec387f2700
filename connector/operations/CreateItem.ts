import { defineAction } from '../kit/index.js';
import { datasetParameter, itemOperationTexts, tableParameter } from '../parameters.js';
import { itemShape } from './item-shapes.js';

export const CreateItem = defineAction({
  method: 'post',
  path: '/datasets/{dataset}/tables/{table}/items',
  operationId: 'CreateItem',
  summary: 'Create item (Preview)',
  description: 'This operation creates an item on an entity',
  'x-ms-visibility': 'important',
  'x-ms-api-annotation': { status: 'Preview' },
  parameters: [
    datasetParameter(itemOperationTexts.dataset),
    tableParameter(itemOperationTexts.table),
    { name: 'item', in: 'body', required: true, description: 'Record to create', 'x-ms-summary': 'recordItem', schema: itemShape('item') },
  ],
  // The specification lists no outputs for this action.
  responses: { '201': { description: 'Created' } },
});
