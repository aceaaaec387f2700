import { MeasureData } from '../definitions/MeasureData.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter, pickedParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { ListMeasures } from './ListMeasures.js';
import { callbackUrl } from './trigger-callback.js';

export const OnMeasureThresholdCrossed = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/measurethresholdcrossed',
  operationId: 'OnMeasureThresholdCrossed',
  summary: 'Triggers a flow when a business measure threshold is crossed',
  description: 'This operation triggers a flow when a business measure threshold is crossed in Dynamics 365 Customer Insights.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Instance name', description: 'Select an instance.' }),
    pickedParameter('measure', 'query', { summary: 'Business Measure name', description: 'Select a measure.', required: true }, ListMeasures),
    {
      name: 'threshold',
      in: 'query',
      required: true,
      type: 'number',
      format: 'double',
      description: 'Set any number as threshold.',
      'x-ms-summary': 'Threshold',
    },
  ],
  notification: { description: 'Business Measure data', schema: ref(MeasureData) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
