import type { HttpHandler } from 'msw';
import { http, isRecord, mapped, restPath, stringOr, unexpectedShape, type MappingContext } from './context.js';

/** A measure the threshold trigger can watch: scalar (`definition.isScalar`), without dimensions. */
export function isScalarMeasure(measure: Record<string, unknown>): boolean {
  const definition = measure['definition'];
  if (!isRecord(definition) || definition['isScalar'] !== true) return false;
  return !Array.isArray(definition['dimensions']) || definition['dimensions'].length === 0;
}

/** GET /datasets/{dataset}/lookups/measures → `GET /instances/{id}/manage/measures`: the scalar measures only. */
export function ListMeasures(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/measures', (info) =>
    mapped(ctx, info, async (call) => {
      const dataset = info.params.dataset;
      const answer = await call.rest({ method: 'GET', path: restPath(ctx.routes.measures, { instanceId: dataset }), instanceId: dataset });
      if (!Array.isArray(answer.body)) throw unexpectedShape('the measure list');
      const value = answer.body
        .filter(isRecord)
        .filter(isScalarMeasure)
        .flatMap((m) => (typeof m['name'] === 'string' ? [{ Name: m['name'], DisplayName: stringOr(m['displayName'], m['name']) }] : []));
      return info.response(200).json({ value });
    }),
  );
}
