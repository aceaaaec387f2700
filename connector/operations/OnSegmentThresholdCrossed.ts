import { SegmentData } from '../definitions/SegmentData.js';
import { defineWebhookTrigger, ref } from '../kit/index.js';
import { datasetParameter, pickedParameter } from '../parameters.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { ListSegments } from './ListSegments.js';
import { callbackUrl } from './trigger-callback.js';

export const OnSegmentThresholdCrossed = defineWebhookTrigger({
  path: '/datasets/{dataset}/subscriptions/segmentthresholdcrossed',
  operationId: 'OnSegmentThresholdCrossed',
  summary: 'Triggers a flow when a segment threshold is crossed',
  description: 'This operation triggers a flow when a segment threshold is crossed in Dynamics 365 Customer Insights.',
  'x-ms-visibility': 'important',
  parameters: [
    datasetParameter({ summary: 'Instance name', description: 'Select an instance.' }),
    pickedParameter('segment', 'query', { summary: 'Segment name', description: 'Select a segment.', required: true }, ListSegments),
    {
      name: 'threshold',
      in: 'query',
      required: true,
      type: 'integer',
      description: 'Set any number as threshold.',
      'x-ms-summary': 'Threshold',
    },
  ],
  notification: { description: 'Segment data', schema: ref(SegmentData) },
  callbackUrl,
  unsubscribe: DeleteSubscription,
});
