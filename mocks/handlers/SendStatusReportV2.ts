import type { HttpHandler } from 'msw';
import { guarded, http, type HandlerContext } from './context.js';

/** POST /v2/datasets/{dataset}/statusreports/{reportType}: accepted (202); the report is recorded in `store.statusReports`. */
export function SendStatusReportV2(ctx: HandlerContext): HttpHandler {
  return http.post('/v2/datasets/{dataset}/statusreports/{reportType}', (info) =>
    guarded(ctx, info, ({ connection }) => {
      const instance = ctx.store.instance(info.params.dataset);
      const reportType = instance.reportType(info.params.reportType);
      ctx.store.statusReports.push({
        instance: instance.id,
        reportType: reportType.Name,
        version: 2,
        connection,
        receivedAt: new Date(ctx.store.clock.now()).toISOString(),
      });
      return info.response(202).empty();
    }),
  );
}
