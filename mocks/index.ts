/**
 * The mock Customer Insights backend.
 *
 * @example In-process (tests):
 * ```ts
 * const backend = createBackend();
 * const server = setupServer(...backend.handlers);
 * ```
 * Over real HTTP the same handlers are served by `insights-connector serve` (scripts/serve/,
 * `startServer()`); the handlers match any origin. Test helpers that validate every response
 * against the definition are in `./testing/index.js`.
 */

/* backend */
export { createBackend, defaultMaxBodyBytes } from './backend.js';
export type { Backend, BackendOptions } from './backend.js';
export { createHandlers, operationHandlers } from './handlers/index.js';
export type { HandlerContext, OperationId } from './handlers/index.js';

/* sample data */
export { createSampleData, sampleInstanceIds, sampleProcesses, sampleReportTypes, sampleSiteId } from './data/index.js';
export type { SampleDataOptions } from './data/index.js';

/* store and domain */
export { Store, Instance } from './store/store.js';
export type { SegmentState, StatusReport } from './store/store.js';
export { EntityTable, filterableFields } from './store/table.js';
export { ApiError } from './store/errors.js';
export { createManualClock, systemClock } from './store/clock.js';
export type { Clock, ManualClock } from './store/clock.js';
export { createThrottle, defaultThrottlePolicy } from './store/throttle.js';
export type { Throttle, ThrottleDecision, ThrottlePolicy } from './store/throttle.js';
export { createEvents, crossesUpward } from './store/events.js';
export type { Delivery, DeliveryPost, Events, FullRefreshOptions, ProcessOptions, RefreshOptions } from './store/events.js';
export { defaultLimits, resolveLimits } from './store/limits.js';
export type { BackendLimits } from './store/limits.js';
export { SubscriptionRegistry, triggerKinds } from './store/subscriptions.js';
export type { Subscription, SubscriptionInput, TriggerKind } from './store/subscriptions.js';
/* what the backend and the gateway read of a trigger subscription's request */
export { booleanParam, callbackUrlField, parseNumberParam } from './handlers/subscription-request.js';
export type {
  DataSourcePayload,
  DataSourcesListPayload,
  FullRefreshProcessDataPayload,
  MeasureDataPayload,
  ProcessDataPayload,
  SegmentDataPayload,
  TriggerPayload,
} from './store/payloads.js';
export type {
  AttributeDefinition,
  AttributeType,
  BackendData,
  DataSourceDefinition,
  EntityDefinition,
  InstanceDefinition,
  ItemAccess,
  ItemRow,
  LookupEntry,
  MeasureDefinition,
  SegmentDefinition,
} from './store/model.js';

/* OData $filter, which serve's data files are checked with */
export { compileFilter, parseFilter } from './odata/index.js';
export type { FieldType } from './odata/index.js';

/* serving over HTTP */

/* the fake Customer Insights REST API (what the gateway calls) */
export { startFakeRestApi, makeTestToken, defaultTestIdentity, defaultSubscriptionKey, appAccessRole, apiAudience, maxPageSize } from './rest-api/index.js';
export type { FakeRestApi, FakeRestApiOptions, FakeRestApiControl, RecordedCall, RunJobInput, TestTokenClaims } from './rest-api/index.js';
