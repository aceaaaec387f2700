import type { HttpHandler } from 'msw';
import { http, mapped, notImplemented, type MappingContext } from './context.js';
import { STATUS_REPORT_REASON } from './status-reports.js';

/** POST /datasets/{dataset}/statusreports/{reportType}: 501, the REST API cannot send status reports. */
export function SendStatusReport(ctx: MappingContext): HttpHandler {
  return http.post('/datasets/{dataset}/statusreports/{reportType}', (info) =>
    mapped(ctx, info, () => {
      throw notImplemented('Sends the status report', STATUS_REPORT_REASON);
    }),
  );
}
