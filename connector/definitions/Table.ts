import { defineDefinition } from '../kit/index.js';

export const Table = defineDefinition('Table', {
  type: 'object',
  description: 'Represents a table.',
  properties: {
    Name: { type: 'string', description: 'The name of the table. The name is used at runtime.' },
    DisplayName: { type: 'string', description: 'The display name of the table.' },
    DynamicProperties: {
      type: 'object',
      description: 'Additional table properties provided by the connector to the clients.',
    },
  },
});
