/**
 * A stateful fake of the Customer Insights - Data REST API over the mock backend's loyalty
 * sample data, served over HTTP on 127.0.0.1. See README.md for the routes and the control API.
 */
export { startFakeRestApi, defaultSubscriptionKey, defaultMaxRecordedCalls, maxRequestBodyBytes } from './server.js';
export type { FakeRestApi, FakeRestApiOptions, RecordedCall } from './server.js';
export type { FakeRestApiControl, RunJobInput } from './control.js';
export { makeTestToken, apiAudience } from './token.js';
export type { TestTokenClaims } from './token.js';
export { defaultTestIdentity, appAccessRole } from './state.js';
export { maxPageSize } from './routes/Get-entities-with-OData-path.js';
