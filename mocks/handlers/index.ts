/**
 * Every operation of the connector, one handler each. Order matters: msw uses the first match, and
 * the origin wildcard of a `/datasets/…` handler would also match `/v2/datasets/…`, so the V2
 * handlers come first.
 */
import type { HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { CreateItem } from './CreateItem.js';
import { DeleteSubscription } from './DeleteSubscription.js';
import { GetEntities } from './GetEntities.js';
import { GetEntitySchema } from './GetEntitySchema.js';
import { GetItem } from './GetItem.js';
import { GetItems } from './GetItems.js';
import { GetPartitionData } from './GetPartitionData.js';
import { GetPartitions } from './GetPartitions.js';
import { GetPartitionsV2 } from './GetPartitionsV2.js';
import { ListEntities } from './ListEntities.js';
import { ListInstances } from './ListInstances.js';
import { ListMeasures } from './ListMeasures.js';
import { ListProcesses } from './ListProcesses.js';
import { ListReportTypes } from './ListReportTypes.js';
import { ListSegments } from './ListSegments.js';
import { MalformedUrl } from './MalformedUrl.js';
import { OnDataSourceRefreshCompleted } from './OnDataSourceRefreshCompleted.js';
import { OnDataSourceRefreshFailed } from './OnDataSourceRefreshFailed.js';
import { OnFullRefreshCompleted } from './OnFullRefreshCompleted.js';
import { OnMeasureThresholdCrossed } from './OnMeasureThresholdCrossed.js';
import { OnProcessCompleted } from './OnProcessCompleted.js';
import { OnSegmentThresholdCrossed } from './OnSegmentThresholdCrossed.js';
import { SendStatusReport } from './SendStatusReport.js';
import { SendStatusReportV2 } from './SendStatusReportV2.js';
import { UpdateItem } from './UpdateItem.js';

/** Handler factories by operationId. */
export const operationHandlers = {
  GetPartitionsV2,
  SendStatusReportV2,
  ListInstances,
  GetEntities,
  ListEntities,
  GetEntitySchema,
  GetItems,
  CreateItem,
  GetItem,
  UpdateItem,
  GetPartitions,
  GetPartitionData,
  SendStatusReport,
  ListMeasures,
  ListSegments,
  ListProcesses,
  ListReportTypes,
  OnDataSourceRefreshCompleted,
  OnDataSourceRefreshFailed,
  OnFullRefreshCompleted,
  OnMeasureThresholdCrossed,
  OnSegmentThresholdCrossed,
  OnProcessCompleted,
  DeleteSubscription,
} satisfies Record<string, (ctx: HandlerContext) => HttpHandler>;

export type OperationId = keyof typeof operationHandlers;

export function createHandlers(ctx: HandlerContext): HttpHandler[] {
  return [MalformedUrl(), ...Object.values(operationHandlers).map((factory) => factory(ctx))];
}

export type { HandlerContext } from './context.js';
