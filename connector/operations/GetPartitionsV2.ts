import { PartitionListResponse } from '../definitions/PartitionListResponse.js';
import { defineAction, ref } from '../kit/index.js';
import { datasetParameter, partitionOperationTexts, tableParameter } from '../parameters.js';
import { GetPartitions } from './GetPartitions.js';

export const GetPartitionsV2 = defineAction({
  method: 'get',
  // A static segment apart from V1: paths that differ only in parameters count as duplicates.
  path: '/v2/datasets/{dataset}/tables/{table}/partitions',
  operationId: 'GetPartitionsV2',
  summary: 'Retrieve partitions for an entity V2 (Preview)',
  description: 'Retrieve partitions for an entity V2.',
  'x-ms-visibility': 'advanced',
  'x-ms-api-annotation': { family: GetPartitions.operation.operationId, revision: 2, status: 'Preview' },
  parameters: [
    datasetParameter(partitionOperationTexts.dataset),
    tableParameter(partitionOperationTexts.table),
    {
      name: 'partitionDisplayName',
      in: 'query',
      required: false,
      type: 'string',
      description: 'The partitionDisplayName value to filter for.',
      'x-ms-summary': 'The partitionDisplayName value to filter for',
    },
  ],
  responses: { '200': { description: 'The list of partitions', schema: ref(PartitionListResponse) } },
});
