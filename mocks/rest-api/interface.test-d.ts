/**
 * Type-level contract: the fake's public interface, exactly as the gateway codes against it
 * (names, parameters, results). Extending it compatibly keeps this file passing; renaming or
 * narrowing anything fails its type check.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Clock } from '../store/clock.js';
import type { BackendData } from '../store/model.js';
import * as mocks from '../index.js';
import type { FakeRestApi, FakeRestApiOptions } from './index.js';

interface PlannedOptions {
  port?: number;
  data?: BackendData;
  subscriptionKey?: string;
  clock?: Clock;
}

interface PlannedControl {
  evaluateSegment(instanceId: string, segmentName: string, entityCount: number): void;
  evaluateMeasure(instanceId: string, measureName: string, value: number): void;
  refreshDataSource(instanceId: string, dataSourceName: string, outcome: 'success' | 'failure'): void;
  runJob(
    instanceId: string,
    job: { operationType: string; submissionKind: 'scheduled' | 'manual'; status?: 'succeeded' | 'failed'; tasks?: { operationType: string; status?: string }[] },
  ): void;
  failNext(match: { method?: string; path: RegExp }, answer: { status: number; retryAfterSeconds?: number }, count?: number): void;
  grantAccess(instanceId: string, identity: { tid: string; oid: string }): void;
}

interface PlannedApi {
  url: string;
  close(): Promise<void>;
  calls: { method: string; path: string; query: Record<string, string> }[];
  control: PlannedControl;
}

describe('the fake REST API interface', () => {
  it('takes the planned options and gives the planned api', () => {
    expectTypeOf<PlannedOptions>().toExtend<FakeRestApiOptions>();
    expectTypeOf<FakeRestApi>().toExtend<PlannedApi>();
    expectTypeOf(mocks.startFakeRestApi).toEqualTypeOf<(options?: FakeRestApiOptions) => Promise<FakeRestApi>>();
    expectTypeOf(mocks.startFakeRestApi).parameter(0).toExtend<PlannedOptions | undefined>();
  });

  it('accepts every planned control call', () => {
    expectTypeOf<PlannedControl['runJob']>().toExtend<FakeRestApi['control']['runJob']>();
    expectTypeOf<PlannedControl['failNext']>().toExtend<FakeRestApi['control']['failNext']>();
  });

  it('makes test tokens from the planned claims', () => {
    expectTypeOf(mocks.makeTestToken).parameter(0).toExtend<{ tid: string; oid: string; appid?: string; roles?: string[]; expiresInSeconds?: number }>();
    expectTypeOf<{ tid: string; oid: string; appid?: string; roles?: string[]; expiresInSeconds?: number }>().toExtend<Parameters<typeof mocks.makeTestToken>[0]>();
    expectTypeOf(mocks.makeTestToken).returns.toEqualTypeOf<string>();
  });
});
