import { defineDefinition } from '../kit/index.js';

// Not in the specification: one choice of a picker.
export const LookupItem = defineDefinition('LookupItem', {
  type: 'object',
  description: 'Represents one choice of a picker.',
  properties: {
    Name: { type: 'string', description: 'The value of the choice. The name is used at runtime.' },
    DisplayName: { type: 'string', description: 'The display name of the choice.' },
  },
});
