import { defineDefinition } from '../kit/index.js';

// Not in the specification: one entry of the instance picker (tabular contract).
export const DataSet = defineDefinition('DataSet', {
  type: 'object',
  description: 'Represents a Customer Insights instance.',
  properties: {
    Name: { type: 'string', description: 'The identifier of the instance. The name is used at runtime.' },
    DisplayName: { type: 'string', description: 'The display name of the instance.' },
  },
});
