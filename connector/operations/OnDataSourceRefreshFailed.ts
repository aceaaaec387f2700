import { DataSourcesList } from '../definitions/DataSourcesList.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { callbackUrl } from './trigger-callback.js';

export const OnDataSourceRefreshFailed = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/datasourcerefreshfailed',
  operationId: 'OnDataSourceRefreshFailed',
  summary: 'Triggers a flow from the data source when refresh is failed',
  description: 'This operation triggers a flow from the data source when refresh is failed in Dynamics 365 Customer Insights.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Environment', description: 'dataset name.' }),
  ],
  notification: { description: 'DataSourcesList', schema: ref(DataSourcesList) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
