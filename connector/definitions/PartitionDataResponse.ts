import { defineDefinition } from '../kit/index.js';

export const PartitionDataResponse = defineDefinition('PartitionDataResponse', {
  type: 'object',
  description: 'The data from a partition.',
  properties: {
    OffsetStart: { type: 'integer', description: 'The starting offset.' },
    OffsetEnd: { type: 'integer', description: 'The end offset.' },
    Size: { type: 'integer', description: 'The number of returned data.' },
    Items: {
      type: 'array',
      description:
        "The dictionary containing data of maximum 'Size' items from a partition, from offset 'OffsetStart' to 'OffsetEnd'.",
      items: { type: 'object' },
    },
  },
});
