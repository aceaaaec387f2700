import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { appAccessRole, defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi } from './index.js';
import { restClient } from './test-client.js';

const loyalty = sampleInstanceIds.loyalty;
const stranger = { tid: '00000000-0000-4000-a000-00000000a002', oid: '00000000-0000-4000-a000-00000000b002' };
let api: FakeRestApi;

beforeAll(async () => {
  api = await startFakeRestApi({ subscriptionKey: 'the-key' });
});
afterAll(() => api.close());

const call = (path: string, headers: Record<string, string | undefined>, token?: string) =>
  restClient(api, token)(path, { headers: { 'Ocp-Apim-Subscription-Key': 'the-key', ...headers } });

describe('subscription key', () => {
  it('is required, in the header or the subscription-key query option, and must match', async () => {
    const missing = await call('/instances', { 'Ocp-Apim-Subscription-Key': undefined });
    expect(missing.status).toBe(401);
    expect(missing.body.message).toContain('missing subscription key');
    const wrong = await call('/instances', { 'Ocp-Apim-Subscription-Key': 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toContain('invalid subscription key');
    expect(JSON.stringify(wrong.body)).not.toContain('nope');
    expect((await call('/instances?subscription-key=the-key', { 'Ocp-Apim-Subscription-Key': undefined })).status).toBe(200);
    expect((await call('/instances', {})).status).toBe(200);
  });

  it('is never recorded in calls', async () => {
    await call('/instances?subscription-key=the-key&x=1', { 'Ocp-Apim-Subscription-Key': undefined });
    expect(api.calls.at(-1)).toEqual({ method: 'GET', path: '/instances', query: { x: '1' } });
    expect(JSON.stringify(api.calls)).not.toContain('the-key');
  });
});

describe('bearer token', () => {
  const refusals: [string, Record<string, string | undefined>][] = [
    ['missing', { Authorization: undefined }],
    ['not Bearer', { Authorization: 'Basic abc' }],
    ['malformed', { Authorization: 'Bearer not-a-jwt' }],
    ['not JSON', { Authorization: 'Bearer a.b.c' }],
    ['expired', { Authorization: `Bearer ${makeTestToken({ ...defaultTestIdentity, expiresInSeconds: -5 })}` }],
    ['wrong audience', { Authorization: `Bearer ${makeTestToken({ ...defaultTestIdentity, aud: 'https://graph.microsoft.com' })}` }],
    ['no oid', { Authorization: `Bearer ${makeTestToken({ tid: defaultTestIdentity.tid, oid: '' })}` }],
  ];
  for (const [what, headers] of refusals) {
    it(`${what}: 401 with WWW-Authenticate, the token not echoed`, async () => {
      const answer = await call(`/instances/${loyalty}`, headers);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toContain('Bearer');
      const token = headers['Authorization']?.split(' ')[1];
      if (token) expect(JSON.stringify(answer.body)).not.toContain(token);
    });
  }
});

describe('access to instances', () => {
  it('is 403 for an identity the instance does not know, until access is granted', async () => {
    const token = makeTestToken(stranger);
    const denied = await call(`/instances/${loyalty}/manage/segments`, {}, token);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ httpStatusCode: '403', errorCode: 'Forbidden' });
    expect((await call('/instances', {}, token)).body).toEqual([]);
    api.control.grantAccess(loyalty, stranger);
    expect((await call(`/instances/${loyalty}/manage/segments`, {}, token)).status).toBe(200);
    expect((await call('/instances', {}, token)).body.map((i: { instanceId: string }) => i.instanceId)).toEqual([loyalty]);
    expect((await call(`/instances/${sampleInstanceIds.sandbox}`, {}, token)).status).toBe(403);
  });

  it('lets app-only tokens with the api.access role read every instance, and refuses those without it', async () => {
    const app = { tid: stranger.tid, oid: '00000000-0000-4000-a000-00000000c001', appid: '00000000-0000-4000-a000-00000000d001' };
    expect((await call(`/instances/${loyalty}`, {}, makeTestToken({ ...app, roles: [appAccessRole] }))).status).toBe(200);
    expect((await call(`/instances/${loyalty}`, {}, makeTestToken(app))).status).toBe(403);
  });

  it('answers 404 for an unknown instance', async () => {
    const answer = await call('/instances/00000000-0000-4000-8000-0000000000ff/manage/segments', {});
    expect(answer.status).toBe(404);
    expect(answer.body.errorCode).toBe('InstanceNotFound');
  });
});
