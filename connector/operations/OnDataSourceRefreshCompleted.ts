import { DataSourcesList } from '../definitions/DataSourcesList.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { callbackUrl } from './trigger-callback.js';

export const OnDataSourceRefreshCompleted = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/datasourcerefreshcompleted',
  operationId: 'OnDataSourceRefreshCompleted',
  summary: 'Triggers a flow from the data source when refresh is completed',
  description: 'This operation triggers a flow from the data source when refresh is completed in Dynamics 365 Customer Insights.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Environment', description: 'dataset name.' }),
  ],
  notification: { description: 'DataSourcesList', schema: ref(DataSourcesList) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
