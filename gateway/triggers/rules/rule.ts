/**
 * A trigger rule: from what one poll saw (the snapshot) and how far a subscription was notified
 * (its mark), the notifications it is owed, in order, each with the mark to save once the callback
 * accepted it. Rules are pure: the poller does the calls, the deliveries and the saving.
 */
import type { components } from '../../../generated/types.js';
import type { HighWaterMark, StoredSubscription, TriggerKind } from '../../store/index.js';
import type { DataSourceState, JobState, MeasureState, SegmentState } from '../rest-shapes.js';

type Schemas = components['schemas'];
/** The connector's notification schemas, as the generated definition types give them. */
export type TriggerPayload = Schemas['DataSourcesList'] | Schemas['SegmentData'] | Schemas['MeasureData'] | Schemas['FullRefreshProcessData'] | Schemas['ProcessData'];

/** What a poll can read from the REST API: one call each, whatever the number of subscriptions. */
export type Resource = 'dataSources' | 'segments' | 'measures' | 'jobs';

export interface Snapshot {
  instanceId: string;
  dataSources?: DataSourceState[];
  segments?: SegmentState[];
  measures?: MeasureState[];
  jobs?: JobState[];
  /** The link the process payloads carry (`StatusPage`). */
  statusPage: string;
}

export interface TriggerEvent {
  /** Stable across polls: the same change always has the same id (half of the idempotency key). */
  id: string;
  payload: TriggerPayload;
  /** The subscription's mark once this notification was accepted. */
  markAfter: HighWaterMark;
}

export interface RuleOutcome {
  events: TriggerEvent[];
  /** The mark once every event was accepted (it also moves past changes that fire nothing). */
  mark: HighWaterMark;
}

export interface Rule {
  kind: TriggerKind;
  needs: readonly Resource[];
  /**
   * With `mark` undefined, the baseline: the current state, no events. Undefined when the snapshot
   * does not show what the subscription watches (a deleted segment): the mark stays as it is.
   */
  evaluate(subscription: Pick<StoredSubscription, 'parameters'>, mark: HighWaterMark | undefined, snapshot: Snapshot): RuleOutcome | undefined;
}

export const sameName = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Whole minutes between two timestamps (0 when either is missing). */
export function minutesBetween(start: string | undefined, end: string | undefined): number {
  const from = start ? Date.parse(start) : NaN;
  const to = end ? Date.parse(end) : NaN;
  return Number.isNaN(from) || Number.isNaN(to) || to < from ? 0 : Math.round((to - from) / 60_000);
}

/** Workflow statuses as the Customer Insights status page words them. */
const STATUS_NAMES: Record<string, string> = {
  successful: 'Successful',
  failed: 'Failed',
  timedout: 'TimedOut',
  aborted: 'Canceled',
  skipped: 'Skipped',
  deleted: 'Deleted',
};

export const statusName = (status: string): string => STATUS_NAMES[status.toLowerCase()] ?? status;
