import { defineDefinition } from '../kit/index.js';

export const SegmentData = defineDefinition('SegmentData', {
  type: 'object',
  description: 'Segment data',
  properties: {
    Name: { type: 'string', description: 'The segment name' },
    DisplayName: { type: 'string', description: 'The segment display name' },
    EvaluationDate: { type: 'string', format: 'date-time', description: 'The segment evaluation date' },
    EntityCount: { type: 'integer', description: 'The actual count of segment members' },
    Threshold: { type: 'integer', description: 'The segment threshold' },
  },
});
