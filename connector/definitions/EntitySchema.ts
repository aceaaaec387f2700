import { defineDefinition } from '../kit/index.js';

// Not in the specification: the internal metadata behind the dynamic item shapes.
export const EntitySchema = defineDefinition('EntitySchema', {
  type: 'object',
  description: 'Represents the shape of the items of an entity.',
  properties: {
    Name: { type: 'string', description: 'The name of the entity.' },
    DisplayName: { type: 'string', description: 'The display name of the entity.' },
    schema: {
      type: 'object',
      description: 'The JSON schema of one item, or of a list of items.',
    },
  },
});
