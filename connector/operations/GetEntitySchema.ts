import { EntitySchema } from '../definitions/EntitySchema.js';
import { defineAction, ref } from '../kit/index.js';
import { lookupDatasetParameter } from './lookup-dataset-parameter.js';

/**
 * The metadata behind the dynamic item shapes: the designer calls it with the chosen entity to
 * learn the fields of an item (`shape=item`) or of a Get items answer (`shape=list`).
 */
export const GetEntitySchema = defineAction({
  method: 'get',
  path: '/datasets/{dataset}/tables/{table}/schema',
  operationId: 'GetEntitySchema',
  summary: 'Get the schema of an entity',
  description: 'Gets the JSON schema of the items of an entity, for the dynamic inputs and outputs of the item operations.',
  'x-ms-visibility': 'internal',
  parameters: [
    lookupDatasetParameter,
    {
      name: 'table',
      in: 'path',
      required: true,
      type: 'string',
      description: 'Name of an entity',
      'x-ms-summary': 'entityName',
      'x-ms-url-encoding': 'single',
    },
    {
      name: 'shape',
      in: 'query',
      required: false,
      type: 'string',
      enum: ['item', 'list'],
      default: 'item',
      description: 'Whether to describe one item or a list of items.',
      'x-ms-summary': 'Shape',
    },
  ],
  responses: { '200': { description: 'The schema of the entity.', schema: ref(EntitySchema) } },
});
