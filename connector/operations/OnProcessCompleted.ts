import { ProcessData } from '../definitions/ProcessData.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter, pickedParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { ListProcesses } from './ListProcesses.js';
import { callbackUrl } from './trigger-callback.js';

export const OnProcessCompleted = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/processcompleted',
  operationId: 'OnProcessCompleted',
  summary: 'Triggers a flow when a process in Customer Insights is completed',
  description: 'A flow is triggered for scheduled refreshes of selected process. Additionally, you can choose to trigger a flow for manual refreshes.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Instance name', description: 'Select an instance.' }),
    pickedParameter('process', 'query', { summary: 'Process', description: 'Select a process.', required: false }, ListProcesses),
    {
      name: 'includingManualRefreshes',
      in: 'query',
      required: false,
      type: 'boolean',
      description: 'Select yes if manually triggered process should be included.',
      'x-ms-summary': 'Include manually triggered process',
    },
  ],
  notification: { description: 'The information about executed process', schema: ref(ProcessData) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
