import { defineAction } from '../kit/index.js';
import { statusReportParameters } from './status-report-parameters.js';

export const SendStatusReport = defineAction({
  method: 'post',
  path: '/datasets/{dataset}/statusreports/{reportType}',
  operationId: 'SendStatusReport',
  summary: 'Sends the status report',
  description: 'Sends the status report.',
  'x-ms-visibility': 'advanced',
  'x-ms-api-annotation': { family: 'SendStatusReport', revision: 1 },
  parameters: statusReportParameters(),
  responses: { '202': { description: 'Accepted' } },
});
