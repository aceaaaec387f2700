/**
 * The fake's defaults and limits, kept apart from the server so that importing the mocks
 * package (which re-exports these) does not load the fake until `startFakeRestApi` runs.
 */

/** The identity the sample data grants access to every instance (tokens from `makeTestToken(defaultTestIdentity)`). */
export const defaultTestIdentity = {
  tid: '00000000-0000-4000-a000-00000000a001',
  oid: '00000000-0000-4000-a000-00000000b001',
} as const;

/** The application role that lets an app-only token call the API. */
export const appAccessRole = 'api.access';

/** The `Ocp-Apim-Subscription-Key` value the fake requires unless told otherwise. */
export const defaultSubscriptionKey = 'test-subscription-key';

/** Calls recorded before the oldest are dropped: enough for any test, a bound for long benchmarks. */
export const defaultMaxRecordedCalls = 100_000;

/** Larger request bodies get 413. */
export const maxRequestBodyBytes = 1024 * 1024;

/** Rows per page of the data route: the documented maximum the API returns. */
export const maxPageSize = 100;
