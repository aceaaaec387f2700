import { PartitionDataResponse } from '../definitions/PartitionDataResponse.js';
import { defineAction, ref } from '../kit/index.js';
import { datasetParameter, partitionOperationTexts, tableParameter } from '../parameters.js';

export const GetPartitionData = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables/{table}/partitiondata',
  operationId: 'GetPartitionData',
  summary: 'Retrieve data from a partition (Preview)',
  description: 'Retrieve data from a partition.',
  'x-ms-visibility': 'advanced',
  'x-ms-api-annotation': { status: 'Preview' },
  parameters: [
    datasetParameter(partitionOperationTexts.dataset),
    tableParameter(partitionOperationTexts.table),
    // A URI does not fit in one path segment, so the partition reference travels in the query.
    {
      name: 'partitionUri',
      in: 'query',
      required: true,
      type: 'string',
      description: 'The reference (URI or Name) of the partition.',
      'x-ms-summary': 'The reference (URI or Name) of the partition',
    },
    {
      name: 'select',
      in: 'query',
      required: false,
      type: 'string',
      description: 'A comma separated line of columns.',
      'x-ms-summary': 'A comma separated line of columns',
    },
    {
      name: 'offsetStart',
      in: 'query',
      required: false,
      type: 'integer',
      description: 'Position from where to start reading, in bytes.',
      'x-ms-summary': 'Position from where to start reading, in bytes',
    },
    {
      name: 'maxSize',
      in: 'query',
      required: false,
      type: 'integer',
      description: 'Maximum bytes to read.',
      'x-ms-summary': 'Maximum bytes to read',
    },
    {
      name: 'maxResults',
      in: 'query',
      required: false,
      type: 'integer',
      description: 'Maximum number of records to return.',
      'x-ms-summary': 'Maximum number of records to return',
    },
  ],
  responses: { '200': { description: 'The data from a partition.', schema: ref(PartitionDataResponse) } },
});
