import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { recordStatusReport } from './record-status-report.js';

/** POST /v2/datasets/{dataset}/statusreports/{reportType}: accepted (202); the report is recorded in `store.statusReports`. */
export function SendStatusReportV2(ctx: HandlerContext): HttpHandler {
  return http.post('/v2/datasets/{dataset}/statusreports/{reportType}', (info) =>
    guarded(ctx, info, ({ connection }) => {
      recordStatusReport(ctx, info.params, connection, 2);
      return info.response(202).empty();
    }),
  );
}
