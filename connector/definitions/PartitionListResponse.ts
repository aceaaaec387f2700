import { defineDefinition, ref } from '../kit/index.js';
import { Table } from './Table.js';

export const PartitionListResponse = defineDefinition('PartitionListResponse', {
  type: 'object',
  description: 'The list of partitions',
  properties: {
    Header: { type: 'string', description: 'Header containing the attributes of the entity' },
    Partitions: { type: 'array', description: 'List of partitions', items: ref(Table) },
  },
});
