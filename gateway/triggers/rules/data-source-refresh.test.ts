import { expect, test } from 'vitest';
import type { DataSourceState, JobState } from '../rest-shapes.js';
import { dataSourceRefreshCompleted, dataSourceRefreshFailed } from './data-source-refresh.js';

const source = (lastRefresh: string, refreshState: string): DataSourceState => ({ dataSourceId: 'ds-1', name: 'Pos', friendlyName: 'POS purchases', lastRefresh, refreshState, version: 3 });
const snap = (s: DataSourceState, jobs: JobState[] = []) => ({ instanceId: 'i', statusPage: '', dataSources: [s], jobs });
const none = { parameters: {} };

test('completed: a newer lastRefresh in state updated fires; the same state again does not', () => {
  const base = dataSourceRefreshCompleted.evaluate(none, undefined, snap(source('2026-03-02T08:00:00Z', 'updated')))!;
  expect(base.events).toEqual([]);
  const updating = dataSourceRefreshCompleted.evaluate(none, base.mark, snap(source('2026-03-02T08:00:00Z', 'updating')))!;
  expect(updating.events).toEqual([]);
  const done = dataSourceRefreshCompleted.evaluate(none, updating.mark, snap(source('2026-03-02T08:10:00Z', 'updated')))!;
  expect(done.events).toHaveLength(1);
  expect(done.events[0]!.payload).toEqual({
    value: [{ RefreshType: 'Full', RefreshObjectId: 'ds-1', RefreshObjectVersion: 3, Operation: 'Ingestion', JobType: 'Full', StartTimeUtc: '2026-03-02T08:10:00Z', EndTimeUtc: '2026-03-02T08:10:00Z' }],
  });
  expect(dataSourceRefreshCompleted.evaluate(none, done.mark, snap(source('2026-03-02T08:10:00Z', 'updated')))!.events).toEqual([]);
});

test('failed: a change to updateFailed fires with the error of the failed ingestion task', () => {
  const base = dataSourceRefreshFailed.evaluate(none, undefined, snap(source('2026-03-02T08:00:00Z', 'updated')))!;
  const job: JobState = {
    jobId: 'j',
    operationType: 'ingestion',
    submissionKind: 'onDemand',
    jobType: 'incremental',
    status: 'failed',
    submitted: '2026-03-02T08:05:00Z',
    end: '2026-03-02T08:09:00Z',
    idList: [],
    tasks: [{ taskId: 't', operationType: 'ingestion', status: 'failed', friendlyName: 'Pos', submitted: '2026-03-02T08:05:00Z', end: '2026-03-02T08:09:00Z', errorCode: 'SourceUnreachable', errorMessage: 'The source did not answer' }],
  };
  const failed = dataSourceRefreshFailed.evaluate(none, base.mark, snap(source('2026-03-02T08:09:00Z', 'updateFailed'), [job]))!;
  expect(failed.events.map((x) => x.payload)).toEqual([
    {
      value: [
        {
          RefreshType: 'Incremental',
          RefreshObjectId: 'ds-1',
          RefreshObjectVersion: 3,
          Operation: 'Ingestion',
          JobType: 'Incremental',
          ErrorCode: 'SourceUnreachable',
          ErrorMessage: 'The source did not answer',
          ErrorSeverity: 'Error',
          StartTimeUtc: '2026-03-02T08:05:00Z',
          EndTimeUtc: '2026-03-02T08:09:00Z',
        },
      ],
    },
  ]);
  // The completed rule ignores the failure; the failed rule ignores a success.
  expect(dataSourceRefreshCompleted.evaluate(none, base.mark, snap(source('2026-03-02T08:09:00Z', 'updateFailed')))!.events).toEqual([]);
  expect(dataSourceRefreshFailed.evaluate(none, failed.mark, snap(source('2026-03-02T08:20:00Z', 'updated')))!.events).toEqual([]);
});

test('a data source added after the baseline fires on its first refresh', () => {
  const base = dataSourceRefreshCompleted.evaluate(none, undefined, { instanceId: 'i', statusPage: '', dataSources: [] })!;
  expect(dataSourceRefreshCompleted.evaluate(none, base.mark, snap(source('2026-03-02T08:00:00Z', 'updated')))!.events).toHaveLength(1);
});
