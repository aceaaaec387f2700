import { defineDefinition } from '../kit/index.js';

export const MeasureData = defineDefinition('MeasureData', {
  type: 'object',
  description: 'Business Measure data',
  properties: {
    Name: { type: 'string', description: 'The measure name' },
    DisplayName: { type: 'string', description: 'The measure display name' },
    EvaluationDate: { type: 'string', format: 'date-time', description: 'The measure evaluation date' },
    Value: { type: 'number', format: 'double', description: 'The value of the measure' },
    ValueDisplayName: { type: 'string', description: 'The display name of the value' },
    Threshold: { type: 'number', format: 'double', description: 'The measure threshold' },
  },
});
