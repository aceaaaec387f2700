import { expect, test } from 'vitest';
import { readDataSources, readJobs, readMeasures, readSegments, scalarValue } from './rest-shapes.js';

test('segments: successful evaluations from history and status, oldest first, without duplicates', () => {
  const [segment] = readSegments([
    {
      name: 'Gold',
      friendlyName: 'Gold members',
      evaluationStatus: { jobStatus: 'CompletedSuccess', evaluationDate: '2026-03-02T09:00:00Z', entityCount: 30 },
      evaluationStatusHistory: [
        { evaluationDate: '2026-03-02T09:00:00Z', entityCount: 30, jobStatus: 'CompletedSuccess' },
        { evaluationDate: '2026-03-02T08:30:00Z', entityCount: 99, jobStatus: 'CompletedFailure' },
        { evaluationDate: '2026-03-02T08:00:00Z', entityCount: 10, jobStatus: 'CompletedSuccess' },
      ],
    },
    { friendlyName: 'no name: dropped' },
    'not an object',
  ]);
  expect(segment).toEqual({
    name: 'Gold',
    friendlyName: 'Gold members',
    evaluations: [
      { date: '2026-03-02T08:00:00Z', value: 10 },
      { date: '2026-03-02T09:00:00Z', value: 30 },
    ],
    running: false,
  });
  expect(readSegments({ not: 'a list' })).toEqual([]);
  expect(readSegments([{ name: 'Busy', evaluationStatus: { jobStatus: 'Running' } }])[0]!.running).toBe(true);
});

test('measures: the value under the measure name, else the only numeric value', () => {
  expect(scalarValue({ values: { Spend: '12.5' } }, 'spend')).toBe(12.5);
  expect(scalarValue({ values: { total: '7' } }, 'Spend')).toBe(7);
  expect(scalarValue({ values: { a: '1', b: '2' } }, 'Spend')).toBeUndefined();
  expect(scalarValue({ values: { Spend: 'n/a' } }, 'Spend')).toBeUndefined();
  const [measure] = readMeasures([{ name: 'Spend', output: { values: { Spend: '3' }, evaluationTime: '2026-03-02T08:00:00Z' }, latestEvaluation: { state: 'running' } }]);
  expect(measure).toEqual({ name: 'Spend', displayName: 'Spend', evaluations: [{ date: '2026-03-02T08:00:00Z', value: 3 }], running: true });
});

test('data sources and jobs: the fields the rules read, lenient about the rest', () => {
  expect(readDataSources([{ dataSourceMetadata: { dataSourceId: 'd', name: 'Pos', lastRefresh: 'x', refreshState: 'updated', version: 2 } }, { dataSourceMetadata: {} }])).toEqual([
    { dataSourceId: 'd', name: 'Pos', friendlyName: 'Pos', lastRefresh: 'x', refreshState: 'updated', version: 2 },
  ]);
  const [job] = readJobs([
    { jobId: 'j', jobStatus: 'successful', tasks: [{ taskId: 't', taskStatus: 'failed', operationType: 'ingestion', ciError: { errorCode: 'E', message: 'm' } }, { taskStatus: 'x' }] },
    { jobStatus: 'successful' },
  ]);
  expect(job).toMatchObject({ jobId: 'j', operationType: 'none', submissionKind: 'onDemand', tasks: [{ taskId: 't', errorCode: 'E', errorMessage: 'm' }] });
  expect(job!.tasks).toHaveLength(1);
});
