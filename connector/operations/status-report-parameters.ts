import type { Parameter } from '../kit/index.js';
import { datasetParameter, pickedParameter } from '../parameters.js';
import { ListReportTypes } from './ListReportTypes.js';

/** The parameters both versions of "Sends the status report" take. */
export function statusReportParameters(): Parameter[] {
  return [
    datasetParameter({ summary: 'Instance id', description: 'Select an instance.' }),
    // The report type names the resource the report is about, so it is a path segment.
    pickedParameter('reportType', 'path', { summary: 'Report type', description: 'Select a report type.', required: true }, ListReportTypes),
  ];
}
