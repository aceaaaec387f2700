/**
 * One mapping per action and picker of the connector, each from the connector's contract to the
 * Customer Insights REST API. Order matters as in the mock: msw takes the first match and a
 * `/datasets/…` handler with the origin wildcard would also match `/v2/datasets/…`, so V2 comes first.
 * The trigger operations (subscriptions) are gateway/triggers/.
 */
import type { HttpHandler } from 'msw';
import type { MappingContext } from './context.js';
import { CreateItem } from './CreateItem.js';
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
import { SendStatusReport } from './SendStatusReport.js';
import { SendStatusReportV2 } from './SendStatusReportV2.js';
import { UpdateItem } from './UpdateItem.js';

export const mappings = {
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
} satisfies Record<string, (ctx: MappingContext) => HttpHandler>;

export type MappedOperationId = keyof typeof mappings;

export function createMappingHandlers(ctx: MappingContext): HttpHandler[] {
  return Object.values(mappings).map((factory) => factory(ctx));
}

export type { MappingContext } from './context.js';
export { defaultGetItemsLimits } from './context.js';
