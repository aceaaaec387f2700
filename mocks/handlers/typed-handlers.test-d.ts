/**
 * Type-level contract: handlers are typed by the generated `paths`, and the trigger payloads the
 * store posts are the generated definitions. A drift in either fails this file's type check.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/types.js';
import type {
  DataSourcesListPayload,
  FullRefreshProcessDataPayload,
  MeasureDataPayload,
  ProcessDataPayload,
  SegmentDataPayload,
} from '../store/payloads.js';
import { http } from './context.js';

type Schemas = components['schemas'];

describe('typed handlers', () => {
  it('accept only paths, statuses and bodies of the definition', () => {
    http.get('/datasets', ({ response }) => response(200).json({ value: [{ Name: 'a', DisplayName: 'b' }] }));
    // @ts-expect-error Name is a string in DataSet
    http.get('/datasets', ({ response }) => response(200).json({ value: [{ Name: 1 }] }));
    // @ts-expect-error the definition has no such path
    http.get('/datasets/{dataset}/measures', ({ response }) => response.untyped(new Response()));
    // @ts-expect-error status reports answer 202, not 200
    http.post('/datasets/{dataset}/statusreports/{reportType}', ({ response }) => response(200).empty());
    // @ts-expect-error subscriptions answer 201 without a body
    http.post('/datasets/{dataset}/subscriptions/fullrefreshcompleted', ({ response }) => response(201).json({ id: 'x' }));
    http.get('/v2/datasets/{dataset}/tables/{table}/partitions', ({ params, response }) => {
      expectTypeOf(params.table).toEqualTypeOf<string>();
      return response(200).json({ Header: 'A,B', Partitions: [{ Name: 'p', DisplayName: 'P', DynamicProperties: {} }] });
    });
  });
});

describe('trigger payloads', () => {
  it('are the definitions of the emitted swagger', () => {
    expectTypeOf<SegmentDataPayload>().toExtend<Schemas['SegmentData']>();
    expectTypeOf<MeasureDataPayload>().toExtend<Schemas['MeasureData']>();
    expectTypeOf<DataSourcesListPayload>().toExtend<Schemas['DataSourcesList']>();
    expectTypeOf<FullRefreshProcessDataPayload>().toExtend<Schemas['FullRefreshProcessData']>();
    expectTypeOf<ProcessDataPayload>().toExtend<Schemas['ProcessData']>();
    // Every field the definitions name is one the payloads can carry.
    expectTypeOf<keyof Schemas['SegmentData']>().toEqualTypeOf<keyof SegmentDataPayload>();
    expectTypeOf<keyof Schemas['MeasureData']>().toEqualTypeOf<keyof MeasureDataPayload>();
    expectTypeOf<keyof Schemas['DataSource']>().toEqualTypeOf<keyof DataSourcesListPayload['value'][number]>();
    expectTypeOf<keyof Schemas['FullRefreshProcessData']>().toEqualTypeOf<keyof FullRefreshProcessDataPayload>();
    expectTypeOf<keyof Schemas['ProcessData']>().toEqualTypeOf<keyof ProcessDataPayload>();
  });
});
