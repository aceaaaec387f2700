import { defineDefinition } from '../kit/index.js';

export const ProcessData = defineDefinition('ProcessData', {
  type: 'object',
  description: 'The information about executed process',
  properties: {
    StartTime: { type: 'string', format: 'date-time', description: 'The start time of the workflow step' },
    EndTime: { type: 'string', format: 'date-time', description: 'The end time of the workflow step' },
    Duration: { type: 'integer', description: 'The duration of the process in minutes' },
    Status: { type: 'string', description: 'The status of the workflow step' },
    StatusPage: { type: 'string', description: 'The link to the status page' },
  },
});
