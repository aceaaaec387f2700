import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInstanceIds } from '../data/index.js';
import { startFakeRestApi, type FakeRestApi } from './index.js';
import { restClient } from './test-client.js';

const loyalty = sampleInstanceIds.loyalty;
let api: FakeRestApi;
let get: ReturnType<typeof restClient>;

beforeAll(async () => {
  api = await startFakeRestApi();
  get = restClient(api);
});
afterAll(() => api.close());

const partitions = async (entity: string) => (await get(`/instances/${loyalty}/manage/entities/${entity}`)).body.partitions as { name: string; location: string; hasHeader: boolean }[];

describe('partition files', () => {
  it('are served at their signed location: headerless CSV, all rows of the entity across the files', async () => {
    const files = await partitions('Customer');
    expect(files.length).toBeGreaterThan(1);
    let rows = 0;
    for (const file of files) {
      expect(file.location.startsWith(`${api.url.replace(/\/v1$/, '')}/lake/${loyalty}/Customer/`)).toBe(true);
      const response = await fetch(file.location);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      expect(response.headers.get('accept-ranges')).toBe('bytes');
      const text = await response.text();
      expect(text.endsWith('\n')).toBe(true);
      rows += text.trimEnd().split('\n').length;
    }
    expect(rows).toBe(250);
    expect(files[0]!.hasHeader).toBe(false);
  });

  it('answer a byte range with 206 and Content-Range, and refuse unsatisfiable ranges with 416', async () => {
    const [file] = await partitions('UnifiedActivity');
    const whole = Buffer.from(await (await fetch(file!.location)).arrayBuffer());
    const part = await fetch(file!.location, { headers: { Range: 'bytes=10-29' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-29/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(10, 30));
    const tail = await fetch(file!.location, { headers: { Range: `bytes=${whole.length - 5}-` } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(whole.subarray(whole.length - 5));
    const suffix = await fetch(file!.location, { headers: { Range: 'bytes=-3' } });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(whole.subarray(whole.length - 3));
    const beyond = await fetch(file!.location, { headers: { Range: `bytes=${whole.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${whole.length}`);
  });

  it('need the signature, and exist for entities the data route refuses', async () => {
    const [file] = await partitions('ConflationMatchPairs');
    expect((await fetch(file!.location)).status).toBe(200);
    const unsigned = new URL(file!.location);
    unsigned.searchParams.delete('sig');
    expect((await fetch(unsigned)).status).toBe(403);
    unsigned.searchParams.set('sig', 'guess');
    expect((await fetch(unsigned)).status).toBe(403);
    const missing = new URL(file!.location);
    missing.pathname = missing.pathname.replace(/[^/]+$/, 'nope.csv');
    expect((await fetch(missing)).status).toBe(404);
    expect((await fetch(file!.location, { method: 'DELETE' })).status).toBe(405);
  });

  it('reflect writes: a created activity appears in the partition files', async () => {
    const before = (await Promise.all((await partitions('UnifiedActivity')).map(async (f) => (await fetch(f.location)).text()))).join('');
    expect(before).not.toContain('lake-test-activity');
    await get(`/instances/${loyalty}/data/UnifiedActivity`, { method: 'POST', body: { ActivityId: 'lake-test-activity', CustomerId: 'c-1' } });
    const after = (await Promise.all((await partitions('UnifiedActivity')).map(async (f) => (await fetch(f.location)).text()))).join('');
    expect(after).toContain('lake-test-activity');
  });
});
