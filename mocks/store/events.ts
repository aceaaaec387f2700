/**
 * Things that happen inside Customer Insights and fire the connector's triggers: each event
 * updates the store, picks the subscriptions it concerns, and POSTs the trigger's payload to their
 * callback URLs with `post` when given (serve's policy-checked poster) or else `fetch` (global by
 * default, so msw can intercept it in tests).
 */
import type { Clock } from './clock.js';
import { badRequest } from './errors.js';
import type {
  DataSourcesListPayload,
  FullRefreshProcessDataPayload,
  MeasureDataPayload,
  ProcessDataPayload,
  SegmentDataPayload,
  TriggerPayload,
} from './payloads.js';
import type { Store } from './store.js';
import type { Subscription } from './subscriptions.js';

/** The outcome of posting one payload to one subscription's callback. */
export interface Delivery {
  subscriptionId: string;
  callbackUrl: string;
  payload: TriggerPayload;
  /** HTTP status of the callback's answer, when it answered. */
  status?: number;
  /** Why the POST failed, when it did (network error, refused connection, …). */
  error?: string;
}

/** Posts one payload to one callback URL; resolves to the answer's status, throws when there was none. */
export type DeliveryPost = (callbackUrl: string, payload: TriggerPayload) => Promise<{ status: number }>;

export interface RefreshOptions {
  /** The refresh failed: notifies "refresh failed" subscriptions instead of "refresh completed". */
  failed?: boolean;
  errorCode?: string;
  errorMessage?: string;
  errorSeverity?: string;
  /** `Full` (default) or `Incremental`. */
  refreshType?: string;
  durationMinutes?: number;
}

export interface FullRefreshOptions {
  failedTasks?: number;
  durationMinutes?: number;
  /**
   * A refresh started by hand. Microsoft documents that the full-refresh trigger "doesn't work
   * for manually started refreshes", so a manual full refresh notifies nobody.
   */
  manual?: boolean;
}

export interface ProcessOptions {
  /** A manual run notifies only subscriptions made with includingManualRefreshes=true. */
  manual?: boolean;
  /** Workflow status; `Successful` by default. */
  status?: string;
  durationMinutes?: number;
}

export interface Events {
  /** Sets a segment's member count; fires subscriptions whose threshold it crosses upward. */
  segmentCountChanged(instance: string, segment: string, count: number): Promise<Delivery[]>;
  /** Sets a measure's value; fires subscriptions whose threshold it crosses upward. */
  measureValueChanged(instance: string, measure: string, value: number): Promise<Delivery[]>;
  /** Re-evaluates segments that have a definition from the current rows, firing crossings. */
  evaluateSegments(instance: string): Promise<Delivery[]>;
  /** A data source (name or id) finished refreshing, or failed to. */
  dataSourceRefreshed(instance: string, dataSource: string, options?: RefreshOptions): Promise<Delivery[]>;
  fullRefreshCompleted(instance: string, options?: FullRefreshOptions): Promise<Delivery[]>;
  processCompleted(instance: string, process: string, options?: ProcessOptions): Promise<Delivery[]>;
}

const MINUTE = 60_000;
/** A year: longer runs are a typo, and far-off dates would not fit in a Date. */
const MAX_DURATION_MINUTES = 525_600;

/**
 * Events are also fired from outside (the serve control surface), so their arguments are checked
 * here too: a bad value is a 400 ApiError, never a RangeError from `toISOString()`.
 */
function wholeNumber(name: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw badRequest('InvalidEvent', `${name} must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function finiteNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw badRequest('InvalidEvent', `${name} must be a finite number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function text(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest('InvalidEvent', `${name} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

const duration = (value: unknown, fallback: number): number => wholeNumber('durationMinutes', value, MAX_DURATION_MINUTES) ?? fallback;

/** Upward crossing only (a threshold trigger fires once, when the value rises past it): the previous value was below the threshold, the new one reaches it. */
export function crossesUpward(previous: number, next: number, threshold: number): boolean {
  return previous < threshold && next >= threshold;
}

export function createEvents(options: { store: Store; clock: Clock; fetch?: typeof fetch; post?: DeliveryPost }): Events {
  const { store, clock } = options;
  const iso = (ms: number) => new Date(ms).toISOString();
  const statusPage = (instance: string) => `https://customerinsights.example.com/environments/${instance}/system/status`;

  async function deliver(subscriptions: Subscription[], payloadFor: (s: Subscription) => TriggerPayload): Promise<Delivery[]> {
    // Resolved per call, not at creation, so a fetch patched later (msw, tests) is the one used.
    const post: DeliveryPost = options.post ?? (async (url, payload) => {
      const response = await (options.fetch ?? globalThis.fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        redirect: 'manual',
      });
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      return { status: response.status };
    });
    return Promise.all(
      subscriptions.map(async (subscription): Promise<Delivery> => {
        const payload = payloadFor(subscription);
        const base = { subscriptionId: subscription.id, callbackUrl: subscription.callbackUrl, payload };
        try {
          const { status } = await post(subscription.callbackUrl, payload);
          return { ...base, status };
        } catch (error) {
          return { ...base, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
  }

  function segmentCrossings(instanceId: string, name: string, previous: number, next: number): Promise<Delivery[]> {
    const segment = store.instance(instanceId).segment(name);
    const evaluationDate = iso(clock.now());
    const crossed = store.subscriptions
      .find(instanceId, 'segmentthresholdcrossed')
      .filter((s) => s.segment?.toLowerCase() === segment.name.toLowerCase() && crossesUpward(previous, next, s.threshold ?? 0));
    return deliver(crossed, (s): SegmentDataPayload => ({
      Name: segment.name,
      DisplayName: segment.displayName,
      EvaluationDate: evaluationDate,
      EntityCount: next,
      Threshold: s.threshold ?? 0,
    }));
  }

  return {
    async segmentCountChanged(instanceId, name, count) {
      wholeNumber('count', count);
      const segment = store.instance(instanceId).segment(name);
      const previous = segment.count;
      segment.count = count;
      return segmentCrossings(instanceId, segment.name, previous, count);
    },

    async evaluateSegments(instanceId) {
      const instance = store.instance(instanceId);
      const counts = instance.evaluateSegments();
      const deliveries: Delivery[] = [];
      for (const [name, count] of counts) {
        const segment = instance.segment(name);
        const previous = segment.count;
        segment.count = count;
        deliveries.push(...(await segmentCrossings(instanceId, name, previous, count)));
      }
      return deliveries;
    },

    async measureValueChanged(instanceId, name, value) {
      finiteNumber('value', value);
      const measure = store.instance(instanceId).measure(name);
      const previous = measure.value;
      measure.value = value;
      const evaluationDate = iso(clock.now());
      const crossed = store.subscriptions
        .find(instanceId, 'measurethresholdcrossed')
        .filter((s) => s.measure?.toLowerCase() === measure.name.toLowerCase() && crossesUpward(previous, value, s.threshold ?? 0));
      return deliver(crossed, (s): MeasureDataPayload => ({
        Name: measure.name,
        DisplayName: measure.displayName,
        EvaluationDate: evaluationDate,
        Value: value,
        ValueDisplayName: `${value.toLocaleString('en-US')}${measure.unit ? ` ${measure.unit}` : ''}`,
        Threshold: s.threshold ?? 0,
      }));
    },

    async dataSourceRefreshed(instanceId, name, refresh = {}) {
      const instance = store.instance(instanceId);
      const source = instance.dataSource(name);
      const minutes = duration(refresh.durationMinutes, 4);
      const refreshType = text('refreshType', refresh.refreshType);
      const errorCode = text('errorCode', refresh.errorCode);
      const errorMessage = text('errorMessage', refresh.errorMessage);
      const errorSeverity = text('errorSeverity', refresh.errorSeverity);
      // Only a valid event counts as a refresh: the version moves after the checks above.
      const version = (instance.refreshVersions.get(source.id) ?? 0) + 1;
      instance.refreshVersions.set(source.id, version);
      const end = clock.now();
      const start = end - minutes * MINUTE;
      if (!refresh.failed) {
        instance.refreshTime = iso(end);
      }
      const payload: DataSourcesListPayload = {
        value: [
          {
            RefreshType: refreshType ?? 'Full',
            RefreshObjectId: source.id,
            RefreshObjectVersion: version,
            Operation: 'Ingestion',
            JobType: 'Full',
            ...(refresh.failed
              ? {
                  ErrorCode: errorCode ?? 'DataSourceRefreshFailed',
                  ErrorMessage: errorMessage ?? `Refreshing data source '${source.displayName}' failed`,
                  ErrorSeverity: errorSeverity ?? 'Error',
                }
              : {}),
            StartTimeUtc: iso(start),
            EndTimeUtc: iso(end),
          },
        ],
      };
      const kind = refresh.failed ? 'datasourcerefreshfailed' : 'datasourcerefreshcompleted';
      return deliver(store.subscriptions.find(instanceId, kind), () => payload);
    },

    async fullRefreshCompleted(instanceId, refresh = {}) {
      store.instance(instanceId);
      const minutes = duration(refresh.durationMinutes, 42);
      const failed = wholeNumber('failedTasks', refresh.failedTasks) ?? 0;
      if (refresh.manual) return [];
      const end = clock.now();
      const payload: FullRefreshProcessDataPayload = {
        NumberOfFailedTasks: failed,
        StartTime: iso(end - minutes * MINUTE),
        EndTime: iso(end),
        Duration: minutes,
        Status: failed > 0 ? 'Failed' : 'Successful',
        StatusPage: statusPage(instanceId),
      };
      return deliver(store.subscriptions.find(instanceId, 'fullrefreshcompleted'), () => payload);
    },

    async processCompleted(instanceId, name, run = {}) {
      const process = store.instance(instanceId).process(name);
      const minutes = duration(run.durationMinutes, 7);
      const status = text('status', run.status);
      const end = clock.now();
      const payload: ProcessDataPayload = {
        StartTime: iso(end - minutes * MINUTE),
        EndTime: iso(end),
        Duration: minutes,
        Status: status ?? 'Successful',
        StatusPage: statusPage(instanceId),
      };
      const targets = store.subscriptions
        .find(instanceId, 'processcompleted')
        .filter((s) => (s.process === undefined || s.process.toLowerCase() === process.Name.toLowerCase()) && (!run.manual || s.includingManualRefreshes === true));
      return deliver(targets, () => payload);
    },
  };
}
