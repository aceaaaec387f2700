import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { createManualClock } from '../store/clock.js';
import { startFakeRestApi, type FakeRestApi } from './index.js';
import { restClient } from './test-client.js';

const loyalty = sampleInstanceIds.loyalty;
const i = `/instances/${loyalty}`;
const clock = createManualClock('2026-01-20T08:00:00Z');
let api: FakeRestApi;
let get: ReturnType<typeof restClient>;

beforeAll(async () => {
  api = await startFakeRestApi({ clock });
  get = restClient(api);
});
afterAll(() => api.close());

describe('control API', () => {
  it('evaluateSegment: a new evaluation with the count, stamped now, added to the history', async () => {
    const gold = async (query = '') => (await get(`${i}/manage/segments${query}`)).body.find((s: { name: string }) => s.name === 'GoldMembers');
    const before = await gold();
    clock.advance(60_000);
    api.control.evaluateSegment(loyalty, 'GoldMembers', before.evaluationStatus.entityCount + 25);
    const after = await gold('?includeHistoricStats=true');
    expect(after.evaluationStatus).toMatchObject({ entityCount: before.evaluationStatus.entityCount + 25, evaluationDate: '2026-01-20T08:01:00Z', jobStatus: 'CompletedSuccess' });
    expect(after.evaluationStatusHistory.map((h: { entityCount: number }) => h.entityCount)).toEqual([before.evaluationStatus.entityCount + 25, before.evaluationStatus.entityCount]);
    expect(before.evaluationStatusHistory).toBeUndefined();
    const recent = await gold('?includeHistoricStats=true&historicStatsDays=1');
    expect(recent.evaluationStatusHistory).toHaveLength(1);
  });

  it('evaluateMeasure: a new scalar output and outputHistory entry', async () => {
    clock.advance(60_000);
    api.control.evaluateMeasure(loyalty, 'LoyaltyMembers', 999);
    const list = (await get(`${i}/manage/measures`)).body;
    const members = list.find((m: { name: string }) => m.name === 'LoyaltyMembers');
    expect(members.definition.isScalar).toBe(true);
    expect(members.output).toEqual({ values: { LoyaltyMembers: '999' }, measureName: 'LoyaltyMembers', evaluationTime: '2026-01-20T08:02:00Z' });
    const byTier = list.find((m: { name: string }) => m.name === 'PointsEarnedByTier');
    expect(byTier.definition.isScalar).toBe(false);
    expect(byTier.output).toBeUndefined();
    const one = (await get(`${i}/manage/measures/LoyaltyMembers?includeHistoricStats=true`)).body;
    expect(one.outputHistory[0].values.LoyaltyMembers).toBe('999');
    expect(one.outputHistory).toHaveLength(2);
  });

  it('refreshDataSource: lastRefresh and refreshState change, and a failure shows as a failed ingestion task', async () => {
    clock.advance(60_000);
    api.control.refreshDataSource(loyalty, 'AnnexLoyalty', 'failure');
    const sources = (await get(`${i}/manage/datasources`)).body;
    expect(sources.find((d: any) => d.dataSourceMetadata.name === 'AnnexLoyalty').dataSourceMetadata).toMatchObject({ lastRefresh: '2026-01-20T08:03:00Z', refreshState: 'updateFailed' });
    const [job] = (await get(`${i}/workflows/main/jobs?top=1&includeTasks=true`)).body;
    expect(job).toMatchObject({ operationType: 'ingestion', jobStatus: 'failed', idList: ['00000000-0000-4000-9000-00000000d501'] });
    expect(job.tasks[0].ciError.errorCode).toBe('DataSourceRefreshFailed');
    api.control.refreshDataSource(loyalty, '00000000-0000-4000-9000-00000000d501', 'success');
    expect((await get(`${i}/manage/datasources/v2`)).body[0].dataSourceMetadata.refreshState).toBe('updated');
  });

  it('runJob: listed first by /jobs (tasks only with includeTasks), and its tasks move /status', async () => {
    clock.advance(60_000);
    api.control.runJob(loyalty, { operationType: 'all', submissionKind: 'scheduled', tasks: [{ operationType: 'segmentation' }, { operationType: 'measures', status: 'failed' }] });
    api.control.runJob(loyalty, { operationType: 'segmentation', submissionKind: 'manual', status: 'failed' });
    const jobs = (await get(`${i}/workflows/main/jobs?top=2`)).body;
    expect(jobs.map((j: any) => [j.operationType, j.jobSubmissionKind, j.jobStatus])).toEqual([
      ['segmentation', 'onDemand', 'failed'],
      ['all', 'scheduled', 'successful'],
    ]);
    expect(jobs[0].tasks).toBeUndefined();
    const withTasks = (await get(`${i}/manage/workflows/main/jobs?top=2&includeTasks=true`)).body;
    expect(withTasks[1].tasks.map((t: any) => [t.operationType, t.taskStatus])).toEqual([['segmentation', 'successful'], ['measures', 'failed']]);
    const status = (await get(`${i}/workflows/main/status`)).body;
    const node = (type: string) => status.find((n: any) => n.operationType === type);
    expect(node('segmentation')).toMatchObject({ taskStatus: 'failed', jobIds: [jobs[0].jobId], lastSuccessJobIds: [jobs[1].jobId], lastSuccessfulTimestamp: '2026-01-20T08:04:00Z' });
    expect(node('measures').taskStatus).toBe('failed');
    expect(node('ingestion').taskStatus).toBe('successful');
    api.control.runJob(loyalty, { operationType: 'match', submissionKind: 'manual', status: 'running' });
    const [running] = (await get(`${i}/workflows/main/jobs?top=1`)).body;
    expect(running.jobStatus).toBe('running');
    expect(running.endTimestamp).toBeUndefined();
  });

  it('grantAccess is covered in auth.test.ts; unknown names and bad values throw', () => {
    expect(() => api.control.evaluateSegment(loyalty, 'Nope', 1)).toThrow(/Segment 'Nope' not found/);
    expect(() => api.control.evaluateSegment(loyalty, 'GoldMembers', -1)).toThrow(RangeError);
    expect(() => api.control.evaluateMeasure('no-such-instance', 'X', 1)).toThrow(/Instance 'no-such-instance'/);
    expect(() => api.control.refreshDataSource(loyalty, 'Nope', 'success')).toThrow(/known data sources/);
    expect(() => api.control.runJob(loyalty, { operationType: 'everything', submissionKind: 'manual' })).toThrow(/Unknown operation type/);
  });
});

describe('failNext', () => {
  it('answers 429 with Retry-After for the next matching writes only, then the route again', async () => {
    api.control.failNext({ method: 'POST', path: /\/data\/UnifiedActivity$/ }, { status: 429, retryAfterSeconds: 7 }, 2);
    const body = { CustomerId: 'c-9' };
    const read = await get(`${i}/data/UnifiedActivity?$top=1`);
    expect(read.status).toBe(200);
    for (let n = 0; n < 2; n++) {
      const refused = await get(`${i}/data/UnifiedActivity`, { method: 'POST', body });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('7');
      expect(refused.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' });
    }
    expect((await get(`${i}/data/UnifiedActivity`, { method: 'POST', body })).status).toBe(201);
  });

  it('answers other statuses in the route error model, and records the refused calls', async () => {
    api.control.failNext({ path: /\/manage\/segments$/ }, { status: 503 });
    const before = api.calls.length;
    const refused = await get(`${i}/manage/segments`);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ httpStatusCode: '503', errorCode: 'ServiceUnavailable' });
    expect(api.calls.slice(before)).toEqual([{ method: 'GET', path: `${i}/manage/segments`, query: {} }]);
    expect((await get(`${i}/manage/segments`)).status).toBe(200);
    api.control.failNext({ path: /\/data\/Customer$/ }, { status: 500 });
    expect((await get(`${i}/data/Customer`)).body).toMatchObject({ errorCode: 'InternalServerError', message: expect.any(String) });
    expect(() => api.control.failNext({ path: /x/ }, { status: 200 })).toThrow(RangeError);
  });
});
