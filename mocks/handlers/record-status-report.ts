import type { HandlerContext } from './context.js';

/** Both versions of "Sends the status report" do the same: check the picks and record the request. */
export function recordStatusReport(
  ctx: HandlerContext,
  params: { dataset: string; reportType: string },
  connection: string,
  version: 1 | 2,
): void {
  const instance = ctx.store.instance(params.dataset);
  const reportType = instance.reportType(params.reportType);
  ctx.store.recordStatusReport({
    instance: instance.id,
    reportType: reportType.Name,
    version,
    connection,
    receivedAt: new Date(ctx.store.clock.now()).toISOString(),
  });
}
