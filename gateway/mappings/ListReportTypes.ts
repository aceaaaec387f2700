import type { HttpHandler } from 'msw';
import { http, mapped, notImplemented, type MappingContext } from './context.js';
import { STATUS_REPORT_REASON } from './status-reports.js';

/** GET /datasets/{dataset}/lookups/reporttypes: 501, the REST API has no report types. */
export function ListReportTypes(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/reporttypes', (info) =>
    mapped(ctx, info, () => {
      throw notImplemented('The report type picker', STATUS_REPORT_REASON);
    }),
  );
}
