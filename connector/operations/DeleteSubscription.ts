import { defineAction } from '../kit/index.js';

/** Unsubscribes a webhook trigger: the platform calls DELETE on the `Location` a subscription returned. */
export const DeleteSubscription = defineAction({
  method: 'delete',
  path: '/subscriptions/{subscriptionId}',
  operationId: 'DeleteSubscription',
  summary: 'Delete a trigger subscription',
  description: 'Deletes a trigger subscription, so its flow is no longer notified.',
  'x-ms-visibility': 'internal',
  parameters: [
    {
      name: 'subscriptionId',
      in: 'path',
      required: true,
      type: 'string',
      description: 'The identifier of the subscription.',
      'x-ms-summary': 'Subscription Id',
      'x-ms-url-encoding': 'single',
    },
  ],
  responses: { '200': { description: 'Deleted' } },
});
