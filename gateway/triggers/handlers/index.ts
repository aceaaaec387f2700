/** The trigger handlers: one per webhook trigger of the connector, and the unsubscribe. */
import type { HttpHandler } from 'msw';
import type { SubscribeContext } from '../subscribe.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { OnDataSourceRefreshCompleted } from './OnDataSourceRefreshCompleted.js';
import { OnDataSourceRefreshFailed } from './OnDataSourceRefreshFailed.js';
import { OnFullRefreshCompleted } from './OnFullRefreshCompleted.js';
import { OnMeasureThresholdCrossed } from './OnMeasureThresholdCrossed.js';
import { OnProcessCompleted } from './OnProcessCompleted.js';
import { OnSegmentThresholdCrossed } from './OnSegmentThresholdCrossed.js';

export const triggerHandlers = {
  OnDataSourceRefreshCompleted,
  OnDataSourceRefreshFailed,
  OnFullRefreshCompleted,
  OnMeasureThresholdCrossed,
  OnProcessCompleted,
  OnSegmentThresholdCrossed,
  DeleteSubscription,
} satisfies Record<string, (ctx: SubscribeContext) => HttpHandler>;

export function createTriggerHandlers(ctx: SubscribeContext): HttpHandler[] {
  return Object.values(triggerHandlers).map((make) => make(ctx));
}
