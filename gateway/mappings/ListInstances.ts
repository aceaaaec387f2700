import type { HttpHandler } from 'msw';
import { http, isRecord, mapped, stringOr, unexpectedShape, type MappingContext } from './context.js';

/** GET /datasets → `GET /instances` (`InstanceInfo[]`): `instanceId` is the Name, `name` the display name. */
export function ListInstances(ctx: MappingContext): HttpHandler {
  return http.get('/datasets', (info) =>
    mapped(ctx, info, async (call) => {
      const answer = await call.rest({ method: 'GET', path: ctx.routes.instances });
      if (!Array.isArray(answer.body)) throw unexpectedShape('the instance list');
      const value = answer.body.filter(isRecord).flatMap((instance) =>
        typeof instance['instanceId'] === 'string' ? [{ Name: instance['instanceId'], DisplayName: stringOr(instance['name'], instance['instanceId']) }] : [],
      );
      return info.response(200).json({ value });
    }),
  );
}
