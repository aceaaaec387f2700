import { FullRefreshProcessData } from '../definitions/FullRefreshProcessData.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { callbackUrl } from './trigger-callback.js';

export const OnFullRefreshCompleted = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/fullrefreshcompleted',
  operationId: 'OnFullRefreshCompleted',
  summary: 'Triggers a flow when a full refresh of Customer Insights is completed',
  description: 'This operation triggers a flow when a full refresh of Customer Insights (data sources, segments, measures,...) is completed.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Instance name', description: 'Select an instance.' }),
  ],
  notification: { description: 'The information about executed full refresh', schema: ref(FullRefreshProcessData) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
