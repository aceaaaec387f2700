import { TablesList } from '../definitions/TablesList.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

// The entity picker lists only entities whose items can be read and written; Get entities lists all.
export const ListEntities = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/lookups/entities',
  operationId: 'ListEntities',
  summary: 'List entities with items',
  description: 'Lists the entities of an instance whose items can be read and written, for the entity picker.',
  'x-ms-visibility': 'internal',
  parameters: [lookupDatasetParameter],
  responses: { '200': { description: 'The entities.', schema: ref(TablesList) } },
});
