import { defineAction } from '../kit/index.js';
import { SendStatusReport } from './SendStatusReport.js';
import { statusReportParameters } from './status-report-parameters.js';

export const SendStatusReportV2 = defineAction({
  method: 'post',
  path: '/v2/datasets/{dataset}/statusreports/{reportType}',
  operationId: 'SendStatusReportV2',
  summary: 'Sends the status report V2',
  description: 'Sends the status report V2.',
  'x-ms-visibility': 'advanced',
  'x-ms-api-annotation': { family: SendStatusReport.operation.operationId, revision: 2 },
  parameters: statusReportParameters(),
  responses: { '202': { description: 'Accepted' } },
});
