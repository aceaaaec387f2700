import { defineDefinition } from '../kit/index.js';

export const DataSource = defineDefinition('DataSource', {
  type: 'object',
  description: 'DataSource Class',
  properties: {
    RefreshType: { type: 'string', description: 'The type for data refresh' },
    RefreshObjectId: { type: 'string', description: 'The refresh object id' },
    RefreshObjectVersion: { type: 'integer', description: 'The refresh object version' },
    Operation: { type: 'string', description: 'The operation name' },
    JobType: { type: 'string', description: 'The job type' },
    ErrorCode: { type: 'string', description: 'The error code during data refresh.' },
    ErrorMessage: { type: 'string', description: 'The error message during refresh' },
    // "serverity" is the specification's own spelling.
    ErrorSeverity: { type: 'string', description: 'The error serverity during refresh' },
    StartTimeUtc: { type: 'string', description: 'The start time for data refresh' },
    EndTimeUtc: { type: 'string', description: 'The end time for data refresh' },
  },
});
