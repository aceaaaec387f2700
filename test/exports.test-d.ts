/**
 * The package root's public surface (README, "Using the API from TypeScript"): exactly these names, with
 * these types. Adding, removing or reshaping an export fails here before it reaches a consumer.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createClient, throttlingPolicies } from '../index.js';
import type {
  components,
  DataSource,
  DataSourcesList,
  FullRefreshProcessData,
  MeasureData,
  operations,
  PartitionDataResponse,
  PartitionListResponse,
  paths,
  ProcessData,
  SegmentData,
  Table,
  TablesList,
} from '../index.js';
import type * as generated from '../generated/types.js';

type Schemas = components['schemas'];

describe('package exports', () => {
  it('has exactly two run-time exports', () => {
    expectTypeOf<keyof typeof import('../index.js')>().toEqualTypeOf<'createClient' | 'throttlingPolicies'>();
  });

  it('re-exports the generated types unchanged', () => {
    expectTypeOf<paths>().toEqualTypeOf<generated.paths>();
    expectTypeOf<operations>().toEqualTypeOf<generated.operations>();
    expectTypeOf<components>().toEqualTypeOf<generated.components>();
  });

  it('names one type per definition of the seed', () => {
    expectTypeOf<DataSourcesList>().toEqualTypeOf<Schemas['DataSourcesList']>();
    expectTypeOf<DataSource>().toEqualTypeOf<Schemas['DataSource']>();
    expectTypeOf<SegmentData>().toEqualTypeOf<Schemas['SegmentData']>();
    expectTypeOf<MeasureData>().toEqualTypeOf<Schemas['MeasureData']>();
    expectTypeOf<FullRefreshProcessData>().toEqualTypeOf<Schemas['FullRefreshProcessData']>();
    expectTypeOf<ProcessData>().toEqualTypeOf<Schemas['ProcessData']>();
    expectTypeOf<Table>().toEqualTypeOf<Schemas['Table']>();
    expectTypeOf<PartitionListResponse>().toEqualTypeOf<Schemas['PartitionListResponse']>();
    expectTypeOf<PartitionDataResponse>().toEqualTypeOf<Schemas['PartitionDataResponse']>();
    expectTypeOf<TablesList>().toEqualTypeOf<Schemas['TablesList']>();
  });

  it('keeps the payload types usable', () => {
    expectTypeOf<MeasureData['Threshold']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SegmentData['Threshold']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<DataSourcesList['value']>[number]>().toEqualTypeOf<DataSource>();
    expectTypeOf<NonNullable<TablesList['value']>[number]>().toEqualTypeOf<Table>();
    expectTypeOf<NonNullable<PartitionListResponse['Partitions']>[number]>().toEqualTypeOf<Table>();
    expectTypeOf<NonNullable<PartitionDataResponse['Items']>[number]>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<NonNullable<Table['DynamicProperties']>>().toEqualTypeOf<Record<string, unknown>>();
  });

  it('exports throttlingPolicies as a read-only list of { name, calls, renewalPeriodSeconds }', () => {
    expectTypeOf(throttlingPolicies).toMatchTypeOf<readonly { name: string; calls: number; renewalPeriodSeconds: number }[]>();
    expectTypeOf(throttlingPolicies[0]!).toEqualTypeOf<{
      readonly name: string;
      readonly calls: number;
      readonly renewalPeriodSeconds: number;
    }>();
    // @ts-expect-error -- the list is read-only
    throttlingPolicies.push({ name: 'x', calls: 1, renewalPeriodSeconds: 1 });
    // @ts-expect-error -- and so is each policy
    throttlingPolicies[0]!.calls = 1000;
  });

  it('exports createClient({ baseUrl, token, fetch? })', () => {
    type Options = Parameters<typeof createClient>[0];
    expectTypeOf<Options['baseUrl']>().toEqualTypeOf<string>();
    expectTypeOf<Options['token']>().toEqualTypeOf<string | (() => string | Promise<string>)>();
    expectTypeOf<Options['fetch']>().toEqualTypeOf<((input: Request) => Promise<Response>) | undefined>();
    const client = createClient({ baseUrl: 'https://ci.test', token: 't' });
    expectTypeOf(client.GET).toBeFunction();
    expectTypeOf(client.POST).toBeFunction();
    expectTypeOf(client.PATCH).toBeFunction();
    expectTypeOf(client.DELETE).toBeFunction();
    expectTypeOf(client.getAllItems).toBeFunction();
  });
});
