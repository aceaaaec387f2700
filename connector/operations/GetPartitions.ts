import { Table } from '../definitions/Table.js';
import { defineAction, ref } from '../kit/index.js';
import { datasetParameter, partitionOperationTexts, tableParameter } from '../parameters.js';

export const GetPartitions = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables/{table}/partitions',
  operationId: 'GetPartitions',
  summary: 'Retrieve partitions for an entity (Preview)',
  description: 'Retrieve partitions for an entity.',
  'x-ms-visibility': 'advanced',
  'x-ms-api-annotation': { family: 'GetPartitions', revision: 1, status: 'Preview' },
  parameters: [datasetParameter(partitionOperationTexts.dataset), tableParameter(partitionOperationTexts.table)],
  responses: { '200': { description: 'The partitions of the entity.', schema: { type: 'array', items: ref(Table) } } },
});
