import type { HttpHandler } from 'msw';
import { http, mapped, notImplemented, type MappingContext } from './context.js';
import { STATUS_REPORT_REASON } from './status-reports.js';

/** POST /v2/datasets/{dataset}/statusreports/{reportType}: 501, the REST API cannot send status reports. */
export function SendStatusReportV2(ctx: MappingContext): HttpHandler {
  return http.post('/v2/datasets/{dataset}/statusreports/{reportType}', (info) =>
    mapped(ctx, info, () => {
      throw notImplemented('Sends the status report (V2)', STATUS_REPORT_REASON);
    }),
  );
}
