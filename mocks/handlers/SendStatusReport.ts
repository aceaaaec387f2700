import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';
import { recordStatusReport } from './record-status-report.js';

/** POST /datasets/{dataset}/statusreports/{reportType}: accepted (202); the report is recorded in `store.statusReports`. */
export function SendStatusReport(ctx: HandlerContext): HttpHandler {
  return http.post('/datasets/{dataset}/statusreports/{reportType}', (info) =>
    guarded(ctx, info, ({ connection }) => {
      recordStatusReport(ctx, info.params, connection, 1);
      return info.response(202).empty();
    }),
  );
}
