import { defineAction } from '../kit/index.js';
import { datasetParameter, itemOperationTexts, tableParameter } from '../parameters.js';
import { itemShape } from './item-shapes.js';

export const GetItems = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables/{table}/items',
  operationId: 'GetItems',
  summary: 'Get items from an entity',
  description: [
    'This operation gets items from an entity. Depending on the entity, fields can be defined as filters:',
    '- UnifiedActivity entity: ActivityId and CustomerId fields',
    '- Customer entity: CustomerId field and any other fields indexed in the Customer Insights instance',
    '- Any other entities: CustomerId field.',
  ].join('\n'),
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter(itemOperationTexts.dataset),
    tableParameter(itemOperationTexts.table),
    {
      name: '$filter',
      in: 'query',
      required: false,
      type: 'string',
      description: "An ODATA filter query to restrict the entries returned (e.g. stringColumn eq 'string' OR numberColumn lt 123).",
      'x-ms-summary': 'Filter Query',
    },
    {
      name: '$top',
      in: 'query',
      required: false,
      type: 'integer',
      description: 'Total number of entries to retrieve (default = all).',
      'x-ms-summary': 'Top Count',
    },
    {
      name: '$select',
      in: 'query',
      required: false,
      type: 'string',
      description: 'Specific fields to retrieve from entries (default = all).',
      'x-ms-summary': 'Select Query',
    },
    // Not in the specification's table, but its own advice: page through the throttle with $skip.
    {
      name: '$skip',
      in: 'query',
      required: false,
      type: 'integer',
      description: 'The number of entries to skip (default = 0).',
      'x-ms-summary': 'Skip Count',
      'x-ms-visibility': 'advanced',
    },
  ],
  responses: { '200': { description: 'The items of the entity.', schema: itemShape('list') } },
});
