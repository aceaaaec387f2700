import type { HttpHandler } from 'msw';
import { http, isRecord, mapped, restPath, stringOr, unexpectedShape, type MappingContext } from './context.js';

/** GET /datasets/{dataset}/lookups/segments → `GET /instances/{id}/manage/segments`: `name` and `friendlyName`. */
export function ListSegments(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/segments', (info) =>
    mapped(ctx, info, async (call) => {
      const dataset = info.params.dataset;
      const answer = await call.rest({ method: 'GET', path: restPath(ctx.routes.segments, { instanceId: dataset }), instanceId: dataset });
      if (!Array.isArray(answer.body)) throw unexpectedShape('the segment list');
      const value = answer.body
        .filter(isRecord)
        .flatMap((s) => (typeof s['name'] === 'string' ? [{ Name: s['name'], DisplayName: stringOr(s['friendlyName'], s['name']) }] : []));
      return info.response(200).json({ value });
    }),
  );
}
