/**
 * A stateful fake of the Customer Insights - Data REST API over the mock backend's loyalty
 * sample data, served over HTTP on 127.0.0.1. See README.md for the routes and the control API.
 *
 * The server is loaded on the first `startFakeRestApi` call, so code that imports the mocks
 * package for other things (the backend, `serve`) does not pay for it.
 */
import type { FakeRestApi, FakeRestApiOptions } from './server.js';

export async function startFakeRestApi(options?: FakeRestApiOptions): Promise<FakeRestApi> {
  const server = await import('./server.js');
  return server.startFakeRestApi(options);
}

export type { FakeRestApi, FakeRestApiOptions, RecordedCall } from './server.js';
export type { FakeRestApiControl, RunJobInput } from './control.js';
export { makeTestToken, apiAudience } from './token.js';
export type { TestTokenClaims } from './token.js';
export { appAccessRole, defaultMaxRecordedCalls, defaultSubscriptionKey, defaultTestIdentity, maxPageSize, maxRequestBodyBytes } from './defaults.js';
