import { expect, test } from 'vitest';
import type { JobState } from '../rest-shapes.js';
import { finishedUnitsOutcome, MAX_SEEN_IDS } from './finished-units.js';
import { fullRefresh } from './full-refresh.js';
import { processCompleted } from './process-completed.js';

function job(id: string, fields: Partial<JobState> = {}): JobState {
  return {
    jobId: id,
    operationType: 'all',
    submissionKind: 'scheduled',
    jobType: 'full',
    status: 'successful',
    submitted: '2026-03-02T08:00:00Z',
    end: '2026-03-02T08:42:00Z',
    idList: [],
    tasks: [],
    ...fields,
  };
}
const snap = (jobs: JobState[]) => ({ instanceId: 'i', statusPage: 'https://status/i', jobs });

test('full refresh: finished scheduled jobs of type all, each once; manual and running ones never', () => {
  const base = fullRefresh.evaluate({ parameters: {} }, undefined, snap([job('old')]))!;
  const jobs = [
    job('old'),
    job('manual', { submissionKind: 'onDemand' }),
    job('running', { status: 'running', end: undefined }),
    job('segments-only', { operationType: 'segmentation' }),
    job('new', { tasks: [{ taskId: 't1', operationType: 'match', status: 'failed', friendlyName: undefined, submitted: undefined, end: undefined, errorCode: undefined, errorMessage: undefined }] }),
  ];
  const outcome = fullRefresh.evaluate({ parameters: {} }, base.mark, snap(jobs))!;
  expect(outcome.events.map((e) => [e.id, e.payload])).toEqual([
    ['job:new', { NumberOfFailedTasks: 1, StartTime: '2026-03-02T08:00:00Z', EndTime: '2026-03-02T08:42:00Z', Duration: 42, Status: 'Successful', StatusPage: 'https://status/i' }],
  ]);
  expect(fullRefresh.evaluate({ parameters: {} }, outcome.mark, snap(jobs))!.events).toEqual([]);
  // The running job fires once it has finished.
  const finished = fullRefresh.evaluate({ parameters: {} }, outcome.mark, snap([...jobs.slice(0, 2), job('running', { status: 'failed' })]))!;
  expect(finished.events.map((e) => (e.payload as { Status: string }).Status)).toEqual(['Failed']);
});

test('process: a named process matches tasks of that operation type; manual runs need includingManualRefreshes', () => {
  const task = (id: string, operationType: string) => ({ taskId: id, operationType, status: 'successful', friendlyName: undefined, submitted: '2026-03-02T08:00:00Z', end: '2026-03-02T08:07:00Z', errorCode: undefined, errorMessage: undefined });
  const jobs = [job('scheduled', { tasks: [task('s-seg', 'segmentation'), task('s-match', 'match')] }), job('manual', { submissionKind: 'onDemand', tasks: [task('m-seg', 'Segmentation')] })];
  const baseline = { seen: [] };
  const scheduledOnly = processCompleted.evaluate({ parameters: { process: 'segmentation' } }, baseline, snap(jobs))!;
  expect(scheduledOnly.events.map((e) => e.id)).toEqual(['task:s-seg']);
  expect(scheduledOnly.events[0]!.payload).toEqual({ StartTime: '2026-03-02T08:00:00Z', EndTime: '2026-03-02T08:07:00Z', Duration: 7, Status: 'Successful', StatusPage: 'https://status/i' });
  expect(processCompleted.evaluate({ parameters: { process: 'segmentation', includingManualRefreshes: true } }, baseline, snap(jobs))!.events.map((e) => e.id)).toEqual(['task:s-seg', 'task:m-seg']);
  expect(processCompleted.evaluate({ parameters: {} }, baseline, snap(jobs))!.events.map((e) => e.id)).toEqual(['job:scheduled']);
  // A job of the process's type that lists no tasks stands for itself.
  expect(processCompleted.evaluate({ parameters: { process: 'all' } }, baseline, snap([job('bare')]))!.events.map((e) => e.id)).toEqual(['job:bare']);
});

test('the ids seen stay bounded, keeping the newest', () => {
  const units = Array.from({ length: MAX_SEEN_IDS + 5 }, (_, i) => ({ id: `u${i}`, end: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), fires: false, payload: () => ({}) }));
  const outcome = finishedUnitsOutcome(units, { seen: [] });
  const seen = outcome.mark['seen'] as string[];
  expect(seen).toHaveLength(MAX_SEEN_IDS);
  expect(seen[seen.length - 1]).toBe(`u${MAX_SEEN_IDS + 4}`);
  expect(seen).not.toContain('u0');
});
