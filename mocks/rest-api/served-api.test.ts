/**
 * Every route's answers, successes and errors, validated against the schemas derived from the
 * code model (code-model/served-api.json), so the fake cannot drift from Microsoft's description.
 */
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { createManualClock } from '../store/clock.js';
import { ServedApiValidator } from './code-model/validate.js';
import { defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from './index.js';
import { Router } from './router.js';
import { routes } from './routes/index.js';
import { servedApi } from './schema.js';

const loyalty = sampleInstanceIds.loyalty;
const sandbox = sampleInstanceIds.sandbox;
const validator = new ServedApiValidator();
const router = new Router(routes);
const clock = createManualClock('2026-01-20T08:00:00Z');
let api: FakeRestApi;
const validated = new Map<string, Set<number>>();

interface Case {
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
}

async function call(c: Case): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${makeTestToken(defaultTestIdentity)}`,
    'Ocp-Apim-Subscription-Key': 'test-subscription-key',
    ...c.headers,
  };
  const init: RequestInit = { method: c.method ?? 'GET', headers };
  if (c.body !== undefined) {
    init.body = JSON.stringify(c.body);
    headers['Content-Type'] = 'application/json-patch+json; charset=utf-8';
  }
  const response = await fetch(api.url + c.path, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** Calls, checks the status, and validates the answer against the operation the router picks. */
async function check(c: Case): Promise<unknown> {
  const answer = await call(c);
  expect(answer.status, `${c.method ?? 'GET'} ${c.path}: ${JSON.stringify(answer.body)}`).toBe(c.status);
  const path = new URL(api.url + c.path).pathname.slice(3);
  const matches = router.match(path);
  const route = (matches.find((m) => m.route.method === (c.method ?? 'GET')) ?? (answer.status === 405 ? matches[0] : undefined))?.route;
  expect(route, `no route for ${c.method ?? 'GET'} ${path}`).toBeDefined();
  expect(validator.check(route!.operationId, route!.errorModel, answer.status, answer.body)).toEqual([]);
  const statuses = validated.get(route!.operationId) ?? new Set();
  statuses.add(answer.status);
  validated.set(route!.operationId, statuses);
  return answer.body;
}

beforeAll(async () => {
  api = await startFakeRestApi({ clock });
  // State the control API adds, so history, failures and tasks are validated too.
  clock.advance(60_000);
  api.control.evaluateSegment(loyalty, 'GoldMembers', 80);
  api.control.evaluateMeasure(loyalty, 'LoyaltyMembers', 151);
  api.control.refreshDataSource(loyalty, 'AnnexLoyalty', 'failure');
  api.control.refreshDataSource(loyalty, 'ContactsCrm', 'success');
  api.control.runJob(loyalty, { operationType: 'all', submissionKind: 'scheduled', status: 'failed', tasks: [{ operationType: 'segmentation', status: 'failed' }, { operationType: 'measures' }] });
  api.control.runJob(loyalty, { operationType: 'segmentation', submissionKind: 'manual', status: 'running' });
});
afterAll(() => api.close());

describe('answers match the code model', () => {
  const i = `/instances/${loyalty}`;
  const cases: Case[] = [
    { path: '/instances', status: 200 },
    { path: `${i}`, status: 200 },
    { path: `/instances/${sandbox}`, status: 200 },
    { path: '/instances/00000000-0000-4000-8000-0000000000ff', status: 404 },
    { path: `${i}/manage/entities`, status: 200 },
    { path: `${i}/manage/entities?attributesAnnotations=maybe`, status: 400 },
    { path: `${i}/manage/entities/Customer`, status: 200 },
    { path: `${i}/manage/entities/UnifiedActivity`, status: 200 },
    { path: `${i}/manage/entities/AnnexLoyalty_Member`, status: 200 },
    { path: `${i}/manage/entities/Unknown`, status: 404 },
    { path: `${i}/data/Customer`, status: 200 },
    { path: `${i}/data/Customer?$select=CustomerId,EMail&$top=3&$skip=10`, status: 200 },
    { path: `${i}/data/Customer?$filter=${encodeURIComponent("CurrentTier eq 'Gold'")}`, status: 200 },
    { path: `${i}/data/UnifiedActivity?$top=5`, status: 200 },
    { path: `${i}/data/Segments`, status: 200 },
    { path: `${i}/data/AnnexLoyalty_Member?$top=2`, status: 200 },
    { path: `${i}/data/Customer?$filter=${encodeURIComponent("City eq 'Seattle'")}`, status: 400 },
    { path: `${i}/data/Customer?$filter=${encodeURIComponent('CustomerId eq')}`, status: 400 },
    { path: `${i}/data/AnnexLoyalty_Member?$filter=${encodeURIComponent("id eq 'x'")}`, status: 400 },
    { path: `${i}/data/Customer?$select=Nope`, status: 400 },
    { path: `${i}/data/Customer?$top=-1`, status: 400 },
    { path: `${i}/data/Customer?$orderby=LastName`, status: 501 },
    { path: `${i}/data/ConflationMatchPairs`, status: 400 },
    { path: `${i}/data/Unknown`, status: 404 },
    { method: 'POST', path: `${i}/data/UnifiedActivity`, body: { CustomerId: 'c1', ActivityType: 'Visit', ActivityTime: '2026-01-20T08:00:00Z' }, status: 201 },
    { method: 'POST', path: `${i}/data/UnifiedActivity`, body: { Bogus: 1 }, status: 400 },
    { method: 'POST', path: `${i}/data/Customer`, body: { FirstName: 'A' }, status: 400 },
    { method: 'POST', path: `${i}/data/Unknown`, body: {}, status: 400 },
    { method: 'POST', path: `${i}/data/UnifiedActivity?validUntil=2027-01-01T00:00:00Z`, body: {}, status: 400 },
    { method: 'PATCH', path: `${i}/data/Customer/unknown-id`, body: { FirstName: 'A' }, status: 404 },
    { method: 'PATCH', path: `${i}/data/Customer/unknown-id`, body: 'not an object', status: 404 },
    { method: 'DELETE', path: `${i}/data/Customer`, status: 405 },
    { path: `${i}/manage/segments`, status: 200 },
    { path: `${i}/manage/segments?includeHistoricStats=true&historicStatsDays=30`, status: 200 },
    { path: `${i}/manage/segments?historicStatsDays=abc&includeHistoricStats=true`, status: 400 },
    { path: `/instances/${sandbox}/manage/segments`, status: 200 },
    { path: `${i}/manage/measures`, status: 200 },
    { path: `${i}/manage/measures/LoyaltyMembers?includeHistoricStats=true`, status: 200 },
    { path: `${i}/manage/measures/PointsEarnedByTier`, status: 200 },
    { path: `${i}/manage/measures/Unknown`, status: 404 },
    { path: `${i}/manage/datasources`, status: 200 },
    { path: `${i}/manage/datasources/v2`, status: 200 },
    { path: `${i}/workflows/main/jobs`, status: 200 },
    { path: `${i}/workflows/main/jobs?top=3&includeTasks=true`, status: 200 },
    { path: `${i}/manage/workflows/main/jobs?includeTasks=true`, status: 200 },
    { path: `${i}/workflows/other/jobs`, status: 404 },
    { path: `${i}/workflows/main/jobs/00000000-0000-4000-8000-00000000aaaa`, status: 404 },
    { path: `${i}/workflows/main/status`, status: 200 },
    { path: `${i}/workflows/other/status`, status: 404 },
    { path: `${i}/manage/segments`, headers: { 'Ocp-Apim-Subscription-Key': 'wrong' }, status: 401 },
    { path: `${i}/manage/segments`, headers: { Authorization: `Bearer ${makeTestToken({ tid: 't', oid: 'stranger' })}` }, status: 403 },
  ];
  for (const c of cases) {
    it(`${c.method ?? 'GET'} ${c.path.replace(loyalty, '{id}')} → ${c.status}`, async () => {
      await check(c);
    });
  }

  it('a successful update answers 204 with no body', async () => {
    const page = (await check({ path: `/instances/${loyalty}/data/Customer?$top=1`, status: 200 })) as { value: { CustomerId: string }[] };
    await check({ method: 'PATCH', path: `/instances/${loyalty}/data/Customer/${page.value[0]!.CustomerId}`, body: { FirstName: 'Ada' }, status: 204 });
  });

  it('one job, with and without its tasks', async () => {
    const [job] = (await check({ path: `/instances/${loyalty}/workflows/main/jobs?top=1`, status: 200 })) as { jobId: string }[];
    const one = (await check({ path: `/instances/${loyalty}/workflows/main/jobs/${job!.jobId}?includeTasks=true`, status: 200 })) as { tasks: unknown[] };
    expect(one.tasks.length).toBeGreaterThan(0);
    await check({ path: `/instances/${loyalty}/manage/workflows/main/jobs/${job!.jobId}`, status: 200 });
  });

  it('injected failures are validated too', async () => {
    api.control.failNext({ method: 'POST', path: /\/data\/UnifiedActivity$/ }, { status: 429, retryAfterSeconds: 2 });
    await check({ method: 'POST', path: `/instances/${loyalty}/data/UnifiedActivity`, body: {}, status: 429 });
    api.control.failNext({ path: /\/manage\/segments$/ }, { status: 503 });
    await check({ path: `/instances/${loyalty}/manage/segments`, status: 503 });
    api.control.failNext({ path: /\/data\/Customer$/ }, { status: 500 });
    await check({ path: `/instances/${loyalty}/data/Customer`, status: 500 });
  });

  it('data rows carry only the attributes the entity metadata lists, with their types', async () => {
    for (const entity of ['Customer', 'UnifiedActivity', 'Segments', 'AnnexLoyalty_Member']) {
      const metadata = (await call({ path: `/instances/${loyalty}/manage/entities/${entity}`, status: 200 })).body as { attributes: { name: string; dataType: string }[] };
      const types = new Map(metadata.attributes.map((a) => [a.name, a.dataType]));
      const page = (await call({ path: `/instances/${loyalty}/data/${entity}`, status: 200 })).body as { value: Record<string, unknown>[] };
      for (const row of page.value) {
        for (const [name, value] of Object.entries(row)) {
          const type = types.get(name);
          expect(type, `${entity}.${name}`).toBeDefined();
          const ok = { String: 'string', Date: 'string', DateTime: 'string', Int64: 'number', Double: 'number', Boolean: 'boolean' }[type!];
          expect(typeof value, `${entity}.${name}`).toBe(ok);
        }
      }
    }
  });

  it('every route was validated with at least one success, and the description holds exactly the routes', () => {
    expect(Object.keys(servedApi.operations).sort()).toEqual([...new Set(routes.map((r) => r.operationId))].sort());
    for (const route of routes) {
      const operation = servedApi.operations[route.operationId]!;
      expect(`${operation.method} ${operation.path}`).toBe(`${route.method} ${route.path}`);
      const statuses = [...(validated.get(route.operationId) ?? [])];
      expect(statuses.some((s) => s < 300), `${route.operationId} answered ${statuses.join(', ')}`).toBe(true);
    }
  });
});

describe('the validator', () => {
  it('refuses an invented field, a wrong enum value and a status the code model does not list', () => {
    const segment = { name: 'S', state: 'active', evaluationStatus: { jobStatus: 'CompletedSuccess', entityCount: 3 } };
    expect(validator.check('Get-all-segments', 'ApiErrorResult', 200, [segment])).toEqual([]);
    expect(validator.check('Get-all-segments', 'ApiErrorResult', 200, [{ ...segment, memberCount: 3 }]).join()).toContain('memberCount');
    expect(validator.check('Get-all-segments', 'ApiErrorResult', 200, [{ ...segment, state: 'on' }]).join()).toContain('allowed values');
    expect(validator.check('Get-all-segments', 'ApiErrorResult', 409, {}).join()).toContain('does not list');
    expect(validator.check('Update-an-entity', 'ODataError', 204, {}).join()).toContain('body');
  });
});

describe('served-api.json', () => {
  const file = new URL('./code-model/served-api.json', import.meta.url);
  it('stays small: only the operations the fake serves and the models they reach', () => {
    expect(statSync(file).size).toBeLessThan(100_000);
    expect(Object.keys(servedApi.definitions).length).toBeLessThan(servedApi.source.models);
  });
  it('records where it came from and names no path of the machine that made it', () => {
    const text = readFileSync(file, 'utf8');
    expect(servedApi.source).toMatchObject({ name: 'CustomerInsights', baseUrl: 'https://api.ci.ai.dynamics.com/v1', operations: 60, models: 121 });
    expect(text).not.toMatch(/[A-Z]:[\\/]|file:\/\/|mem:\/\//);
  });
});
