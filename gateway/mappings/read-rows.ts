/**
 * Rows of `GET /data/{entity}` (`ODataEntityPayload.value[]`), paged with `$skip` in pages of the
 * API's maximum (100): `$top` up to a page is one call, passed through as given; a larger `$top`
 * or none at all ("all rows") pages until the API runs out, `$top` is reached, or a ceiling
 * (`limits.maxRows`, `limits.maxCalls`) stops it. Stopping at a ceiling is never silent: the
 * caller learns where to resume.
 */
import { isRecord, restPath, unexpectedShape, type Call, type MappingContext } from './context.js';

export interface RowQuery {
  filter?: string;
  select?: string;
  top?: number;
  skip?: number;
}

export interface RowPage {
  rows: Record<string, unknown>[];
  /** Set when a ceiling stopped the read and the API may have more: the `$skip` to resume at. */
  resumeAt?: number;
}

export async function readRows(ctx: MappingContext, call: Call, dataset: string, table: string, query: RowQuery): Promise<RowPage> {
  const { pageSize, maxRows, maxCalls } = ctx.limits;
  const start = query.skip ?? 0;
  const wanted = query.top ?? Number.POSITIVE_INFINITY;
  const path = restPath(ctx.routes.data, { instanceId: dataset, entityName: table });
  const rows: Record<string, unknown>[] = [];
  let calls = 0;
  while (rows.length < wanted) {
    if (calls >= maxCalls || rows.length >= maxRows) return { rows, resumeAt: start + rows.length };
    const ask = Math.min(pageSize, wanted - rows.length, maxRows - rows.length);
    const answer = await call.rest({
      method: 'GET',
      path,
      instanceId: dataset,
      query: { $filter: query.filter, $select: query.select, $top: String(ask), ...(start + rows.length > 0 ? { $skip: String(start + rows.length) } : {}) },
    });
    calls++;
    if (!isRecord(answer.body) || !Array.isArray(answer.body['value'])) throw unexpectedShape(`the rows of '${table}'`);
    const page = answer.body['value'].filter(isRecord);
    rows.push(...page.slice(0, ask));
    // A short page is the end, unless `@odata.count` (all matching rows) says the API capped the
    // page below what was asked: then the next page is read rather than the rest dropped.
    const count = answer.body['@odata.count'];
    const more = typeof count === 'number' && start + rows.length < count;
    if (page.length === 0 || (page.length < ask && !more)) break;
  }
  return { rows };
}
