/** A webhook trigger with its unsubscribe operation, shared by the webhook rule tests. */
import { op, pathParam, swagger } from './testing.js';

type Json = Record<string, unknown>;

export const callbackBody = (property: Json = {}, required = ['callbackUrl']): Json => ({
  name: 'subscription',
  in: 'body',
  required: true,
  schema: {
    type: 'object',
    required,
    properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal', ...property } },
  },
});

export const subscribe = (overrides: Json = {}): Json =>
  op({
    operationId: 'OnItemCreated',
    summary: 'When an item is created',
    'x-ms-trigger': 'single',
    parameters: [callbackBody()],
    responses: { '201': { description: 'Created', headers: { Location: { type: 'string' } } } },
    ...overrides,
  });

export const unsubscribe = op({
  operationId: 'DeleteHook',
  'x-ms-visibility': 'internal',
  parameters: [pathParam('id')],
  responses: { '204': { description: 'Deleted' } },
});

export function webhookSwagger(trigger: Json = subscribe(), pathItem: Json = { 'x-ms-notification-content': { schema: { $ref: '#/definitions/Item' } } }, withDelete = true): Json {
  return swagger(
    {
      '/hooks': { ...pathItem, post: trigger },
      ...(withDelete ? { '/hooks/{id}': { delete: unsubscribe } } : {}),
    },
    { definitions: { Item: { type: 'object', properties: { id: { type: 'string' } } } } },
  );
}
